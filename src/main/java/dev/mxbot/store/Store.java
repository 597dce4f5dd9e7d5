package dev.mxbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mxbot.config.StoreSettings;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * An open database: a small connection pool on {@code store.url}, migrated to the latest schema
 * ({@code db/migration}, Flyway) when opened, with a {@link Jdbi} over it. Later work (the watch
 * scheduler) shares {@link #dataSource()}. Opening fails with an exception naming the engine, never
 * the password. Safe for concurrent use; {@link #close()} closes the pool.
 */
public final class Store implements AutoCloseable {

  /** Connections in the pool: recording is one writer; history and the scheduler a few more. */
  static final int POOL_SIZE = 4;

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Store(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens and migrates the database of {@code settings}; {@code password} is the secret {@code
   * MXBOT_STORE_PASSWORD}.
   */
  public static Store open(StoreSettings settings, Optional<String> password) {
    return open(settings, password, POOL_SIZE);
  }

  /** The same with {@code poolSize} connections (the watch scheduler keeps a pool of its own). */
  public static Store open(StoreSettings settings, Optional<String> password, int poolSize) {
    String url = settings.effectiveUrl();
    if (!settings.enabled()) {
      throw new IllegalArgumentException("the store is switched off (store.url: none)");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    settings.user().ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(5_000);
    config.setValidationTimeout(2_000);
    config.setPoolName("mxbot-store");
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      return new Store(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** The pool, for whatever else keeps its tables here. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Queries over the pool. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The running watches. */
  public WatchTable watches() {
    return new WatchTable(jdbi);
  }

  /** The recorded checks. */
  public CheckLog checks() {
    return new CheckLog(jdbi);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
