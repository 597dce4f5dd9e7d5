package dev.mxbot.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code store} section of {@code mxbot.yaml}: where history is kept. Immutable.
 *
 * @param url the JDBC URL ({@code store.url}); empty when left out, which means {@link
 *     #DEFAULT_URL} — except for the console, which records only into a store named on purpose
 * @param user the database user ({@code store.user}); the password is the secret {@link
 *     Secrets#STORE_PASSWORD}, never a key
 * @param retention how long recorded checks are kept ({@code store.retention})
 */
public record StoreSettings(Optional<String> url, Optional<String> user, Duration retention) {

  /**
   * The embedded H2 file database, {@code ./data/mxbot.mv.db} relative to the working directory.
   */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/mxbot";

  /** The value of {@code store.url} that switches the store off: no history, no changes. */
  public static final String NONE = "none";

  /** Default of {@code store.retention}. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  /** Nothing configured: the embedded default, 90 days. */
  public static final StoreSettings DEFAULTS =
      new StoreSettings(Optional.empty(), Optional.empty(), DEFAULT_RETENTION);

  /**
   * The system property that replaces {@link #DEFAULT_URL} when {@code store.url} is left out: the
   * build sets it to {@code none} for the tests, so no test leaves a database in the working
   * directory (a test that wants a store names one).
   */
  public static final String DEFAULT_URL_PROPERTY = "mxbot.store.defaultUrl";

  /** The URL in effect: the one configured, else {@link #DEFAULT_URL}. */
  public String effectiveUrl() {
    return url.orElseGet(() -> System.getProperty(DEFAULT_URL_PROPERTY, DEFAULT_URL));
  }

  /** True unless {@code store.url} is {@link #NONE}. */
  public boolean enabled() {
    return !NONE.equals(effectiveUrl());
  }

  /** The same settings with another URL (tests, demo). */
  public StoreSettings withUrl(String value) {
    return new StoreSettings(Optional.of(value), user, retention);
  }
}
