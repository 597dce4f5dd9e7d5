package dev.mxbot.store;

import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.WatchSettings;
import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchBook;
import dev.mxbot.core.WatchRun;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watches of a process, opened on first use: a {@code check} that never watches opens no
 * database and loads no scheduler. {@code serve} calls {@link #run} to start re-checking. When the
 * database cannot be opened, each call answers "unavailable" (logged once) and it is tried again
 * after {@link #RETRY_AFTER}. Safe for concurrent use.
 */
public final class WatchKeeper implements WatchBook, AutoCloseable {

  /** How long after a failed open the database is tried again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(WatchKeeper.class);

  private final StoreSettings store;
  private final Optional<String> password;
  private final WatchSettings settings;
  private final Clock clock;
  private StoredWatches open; // guarded by this
  private WatchRun recheck; // guarded by this
  private long retryAt; // guarded by this: nanoTime before which no open is tried
  private boolean warned; // guarded by this
  private volatile boolean closed;

  public WatchKeeper(
      StoreSettings store, Optional<String> password, WatchSettings settings, Clock clock) {
    this.store = store;
    this.password = password;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts re-checking every replica's due watches with {@code run} (serve). */
  public synchronized void run(WatchRun run) {
    this.recheck = run;
    StoredWatches watches = opened();
    if (watches != null) {
      watches.start(run);
    }
  }

  /**
   * The same off the caller's thread ({@code serve} must not wait on the database to start): a
   * daemon thread opens the database and starts re-checking, trying again every {@link
   * #RETRY_AFTER} while it cannot be opened, until it is or the keeper is closed.
   */
  public void runInBackground(WatchRun run) {
    Thread starter =
        new Thread(
            () -> {
              while (!closed) {
                synchronized (this) {
                  this.recheck = run;
                  if (closed || opened() != null) {
                    return;
                  }
                }
                try {
                  Thread.sleep(RETRY_AFTER.toMillis());
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "mxbot-watch-start");
    starter.setDaemon(true);
    starter.start();
  }

  private synchronized StoredWatches opened() {
    if (closed) {
      return null;
    }
    if (open != null) {
      return open;
    }
    if (retryAt != 0 && System.nanoTime() - retryAt < 0) {
      return null;
    }
    try {
      open = StoredWatches.open(store, password, settings, clock);
      retryAt = 0;
      if (recheck != null) {
        open.start(recheck);
      }
      return open;
    } catch (RuntimeException e) {
      retryAt = System.nanoTime() + RETRY_AFTER.toNanos();
      if (!warned) {
        warned = true;
        LOG.warn(
            "store: watches unavailable until the database answers ({})",
            e.getClass().getSimpleName());
      }
      return null;
    }
  }

  @Override
  public Started start(Watch watch) {
    StoredWatches watches = opened();
    return watches == null ? Started.UNAVAILABLE : watches.start(watch);
  }

  @Override
  public Optional<List<Watch>> of(String platform, String account) {
    StoredWatches watches = opened();
    return watches == null ? Optional.empty() : watches.of(platform, account);
  }

  @Override
  public Optional<Boolean> end(String platform, String account, String domain) {
    StoredWatches watches = opened();
    return watches == null ? Optional.empty() : watches.end(platform, account, domain);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (open != null) {
      open.close();
      open = null;
    }
  }
}
