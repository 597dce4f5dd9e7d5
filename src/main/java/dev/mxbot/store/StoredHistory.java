package dev.mxbot.store;

import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.StoreUrls;
import dev.mxbot.core.Changes;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.core.Report;
import dev.mxbot.core.SeenRecords;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store behind the answer path. Every database call runs on one background thread, in order (a
 * check recorded is seen by the next comparison), so no command thread ever waits on the database:
 * {@link #changes} gives up after {@link #LOOKUP_BOUND} and says nothing; recording is queued (at
 * most {@link #MAX_PENDING} waiting; beyond, dropped). The database is opened on that thread, at
 * the first call or {@link #start()}; when it cannot be opened or a call fails, one warning is
 * logged (not one per check) and it is tried again after {@link #RETRY_AFTER}. Safe for concurrent
 * use.
 */
public final class StoredHistory implements CheckHistory, AutoCloseable {

  /** How long a report waits for the last recorded check before it goes without changes. */
  public static final Duration LOOKUP_BOUND = Duration.ofSeconds(1);

  /** How long {@code /mx history} waits for the store before saying it does not answer. */
  public static final Duration HISTORY_BOUND = Duration.ofSeconds(2);

  /** Database calls that may wait; more are dropped (a stuck store must not hold memory). */
  static final int MAX_PENDING = 1000;

  /** How long after a failure the database is tried again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  /** How often {@code serve} deletes what is past retention. */
  public static final Duration RETENTION_EVERY = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(StoredHistory.class);

  private final StoreSettings settings;
  private final Optional<String> password;
  private final Clock clock;
  private final ScheduledThreadPoolExecutor thread;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicBoolean dropping = new AtomicBoolean();
  private volatile Store store; // written only on the thread
  private long retryAt; // only on the thread: nanoTime before which no open is tried

  public StoredHistory(StoreSettings settings, Optional<String> password, Clock clock) {
    this.settings = settings;
    this.password = password;
    this.clock = clock;
    this.thread =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread t = new Thread(task, "mxbot-store");
              t.setDaemon(true);
              return t;
            });
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /**
   * Deletes what is past retention every {@code every} while the database is open ({@code serve});
   * opening it deletes it too, so a process that never opens the database never creates it.
   */
  public void enforceRetentionEvery(Duration every) {
    thread.scheduleWithFixedDelay(
        () -> {
          if (store != null) {
            run(this::deleteExpired);
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Deletes the checks past retention now; how many, or empty when the store did not answer. */
  public Optional<Integer> deleteExpired(Duration wait) {
    return call(this::deleteExpired)
        .completeOnTimeout(Optional.empty(), wait.toMillis(), TimeUnit.MILLISECONDS)
        .join();
  }

  private int deleteExpired(Store open) {
    int deleted = open.checks().deleteBefore(clock.instant().minus(settings.retention()));
    if (deleted > 0) {
      LOG.info(
          "store: deleted {} checks older than {} days", deleted, settings.retention().toDays());
    }
    return deleted;
  }

  /** Waits up to {@code limit} for the database to open; true when it did. */
  public boolean awaitReady(Duration limit) {
    return call(store -> true)
        .completeOnTimeout(Optional.empty(), limit.toMillis(), TimeUnit.MILLISECONDS)
        .join()
        .isPresent();
  }

  @Override
  public CompletableFuture<Optional<Changes>> changes(String scope, Report report) {
    return call(store -> store.checks().last(scope, report.domain().ascii()))
        .thenApply(
            seen ->
                seen.flatMap(s -> s)
                    .map(
                        last ->
                            Changes.between(
                                last.time(),
                                last.records(),
                                clock.instant(),
                                SeenRecords.of(report))))
        .completeOnTimeout(Optional.empty(), LOOKUP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void record(Entry entry) {
    call(
        store -> {
          store.checks().insert(entry);
          return true;
        });
  }

  @Override
  public CompletableFuture<Optional<List<HistoryEntry>>> latest(
      String scope, String domain, int limit) {
    return call(store -> store.checks().latest(scope, domain, limit))
        .completeOnTimeout(Optional.empty(), HISTORY_BOUND.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  /**
   * The latest {@code limit} checks of {@code domain} (ASCII) in {@code scope}, newest first; empty
   * when the store did not answer within {@code limit}.
   */
  public Optional<List<HistoryEntry>> history(
      String scope, String domain, int limit, Duration wait) {
    return call(store -> store.checks().latest(scope, domain, limit))
        .completeOnTimeout(Optional.empty(), wait.toMillis(), TimeUnit.MILLISECONDS)
        .join();
  }

  /** Runs {@code work} on the store's thread; empty when the store failed or is unavailable. */
  <T> CompletableFuture<Optional<T>> call(Function<Store, T> work) {
    CompletableFuture<Optional<T>> result = new CompletableFuture<>();
    if (pending.incrementAndGet() > MAX_PENDING) {
      pending.decrementAndGet();
      if (dropping.compareAndSet(false, true)) {
        LOG.warn("store: too slow, {} calls waiting; dropping checks to record", MAX_PENDING);
      }
      result.complete(Optional.empty());
      return result;
    }
    dropping.set(false);
    try {
      thread.execute(
          () -> {
            pending.decrementAndGet();
            result.complete(run(work));
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      pending.decrementAndGet();
      result.complete(Optional.empty());
    }
    return result;
  }

  private <T> Optional<T> run(Function<Store, T> work) {
    Store open = open();
    if (open == null) {
      return Optional.empty();
    }
    try {
      Optional<T> value = Optional.ofNullable(work.apply(open));
      if (failing.compareAndSet(true, false)) {
        LOG.info("store: answers again");
      }
      return value;
    } catch (RuntimeException e) {
      failed(e);
      return Optional.empty();
    }
  }

  private Store open() {
    if (store != null) {
      return store;
    }
    if (retryAt != 0 && System.nanoTime() - retryAt < 0) {
      return null;
    }
    try {
      Store opened = Store.open(settings, password);
      deleteExpired(opened);
      store = opened;
      retryAt = 0;
      return opened;
    } catch (RuntimeException e) {
      retryAt = System.nanoTime() + RETRY_AFTER.toNanos();
      failed(e);
      return null;
    }
  }

  private void failed(RuntimeException e) {
    if (failing.compareAndSet(false, true)) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      LOG.warn(
          "store: unavailable, checks are not recorded and reports show no changes until it"
              + " answers ({}: {})",
          e.getClass().getSimpleName(),
          StoreUrls.shown(message));
    }
  }

  /** Waits up to {@code limit} for queued calls (recording) to finish, then closes. */
  public void close(Duration limit) {
    thread.shutdown();
    try {
      thread.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread.shutdownNow();
    // the thread has ended (or is stuck in the database): close from here
    Store open = store;
    if (open != null) {
      open.close();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }
}
