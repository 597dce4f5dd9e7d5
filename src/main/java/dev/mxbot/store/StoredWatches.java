package dev.mxbot.store;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.WatchSettings;
import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchBook;
import dev.mxbot.core.WatchRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running watches: rows of {@link WatchTable}, each re-checked by one db-scheduler execution
 * ({@value #TASK}, instance = the watch's id) in the store's database. db-scheduler picks each due
 * execution on exactly one replica (an optimistic lock on its row), so with several replicas on one
 * PostgreSQL each watch is checked once per interval. A replica that stops heart-beating (killed)
 * has its picked executions revived by another within about {@link #deadAfter} plus {@link
 * #heartbeat}, which this class keeps under one interval. The watch's message is sent before its
 * row and execution are deleted: a replica killed before sending sends nothing and the revived
 * execution sends once; killed after sending and before deleting, the message is sent twice (the
 * window documented in {@code watch.md}). Safe for concurrent use.
 */
public final class StoredWatches implements WatchBook, AutoCloseable {

  /** db-scheduler's task name of a watch's re-check. */
  public static final String TASK = "mxbot-watch";

  /** Connections of the scheduler's own pool. */
  static final int POOL_SIZE = 6;

  /** Re-checks running at once on one replica (each mostly waits on a diagnosis). */
  static final int THREADS = 8;

  /** Heartbeats a replica may miss before its executions are revived elsewhere. */
  static final int MISSED_HEARTBEATS = 4;

  /** How long after expiry an undeliverable watch is kept trying before it is dropped. */
  static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

  private static final Logger LOG = LoggerFactory.getLogger(StoredWatches.class);
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final Store store;
  private final WatchSettings settings;
  private final Clock clock;
  private final CustomTask<Void> task;
  private final Scheduler scheduler;
  private volatile WatchRun run = WatchRun.NOT_READY;
  private volatile boolean started;

  private StoredWatches(Store store, WatchSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.task =
        Tasks.custom(TASK, Void.class)
            .onFailureReschedule(Schedules.fixedDelay(retryAfter(settings)))
            .onDeadExecutionRevive()
            .execute((instance, context) -> recheck(Long.parseLong(instance.getId())));
    this.scheduler =
        Scheduler.create(store.dataSource(), task)
            .threads(THREADS)
            .pollingInterval(polling(settings))
            .heartbeatInterval(heartbeat(settings))
            .missedHeartbeatsLimit(MISSED_HEARTBEATS)
            .schedulerName(new SchedulerName.Fixed(name()))
            .alwaysPersistTimestampInUTC()
            .shutdownMaxWait(Duration.ofSeconds(10))
            .build();
  }

  /** Opens (and migrates) the database of {@code storeSettings} for watches; not yet running. */
  public static StoredWatches open(
      StoreSettings storeSettings, Optional<String> password, WatchSettings settings, Clock clock) {
    return new StoredWatches(Store.open(storeSettings, password, POOL_SIZE), settings, clock);
  }

  /** How often this replica heart-beats while it runs a re-check: an interval's sixth. */
  static Duration heartbeat(WatchSettings settings) {
    return clamp(settings.interval().dividedBy(6), Duration.ofMillis(200), Duration.ofMinutes(1));
  }

  /** How long without a heartbeat until an execution counts as dead and is revived elsewhere. */
  static Duration deadAfter(WatchSettings settings) {
    return heartbeat(settings).multipliedBy(MISSED_HEARTBEATS);
  }

  /** How often each replica looks for due re-checks. */
  static Duration polling(WatchSettings settings) {
    return clamp(settings.interval().dividedBy(4), Duration.ofMillis(100), Duration.ofSeconds(10));
  }

  /** When a re-check could not be done (no diagnosis, delivery failed), the next try. */
  static Duration retryAfter(WatchSettings settings) {
    return clamp(settings.interval(), Duration.ofMillis(100), Duration.ofSeconds(30));
  }

  private static Duration clamp(Duration value, Duration min, Duration max) {
    return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
  }

  private static String name() {
    return "mxbot-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
  }

  /**
   * Starts re-checking with {@code recheck}: due executions of every replica's watches are picked
   * from now on. Watches whose execution was lost (a replica killed between keeping the row and
   * scheduling it) are scheduled again.
   */
  public synchronized void start(WatchRun recheck) {
    this.run = recheck;
    if (started) {
      return;
    }
    started = true;
    Instant first = clock.instant().plus(settings.interval());
    for (long id : store.watches().ids()) {
      scheduler.scheduleIfNotExists(task.instance(Long.toString(id)), first);
    }
    scheduler.start();
  }

  /** One re-check, on a scheduler thread; what to do with the execution afterwards. */
  private CompletionHandler<Void> recheck(long id) {
    Optional<Watch> watch = store.watches().find(id);
    if (watch.isEmpty()) {
      return (done, ops) -> ops.remove(); // ended meanwhile (unwatch)
    }
    Instant now = clock.instant();
    if (now.isAfter(watch.get().expiresAt().plus(GIVE_UP_AFTER))) {
      // its message could not be delivered for a day after expiry (platform gone): drop it
      store.watches().delete(id);
      LOG.warn("watch {} dropped: its message could not be delivered", id);
      return (done, ops) -> ops.remove();
    }
    WatchRun.Step step = run.check(watch.get(), now);
    if (step instanceof WatchRun.Ended ended) {
      store.watches().delete(id);
      LOG.info("watch {} ended: {}", id, ended.kind().name().toLowerCase(java.util.Locale.ROOT));
      return (done, ops) -> ops.remove();
    }
    Instant next;
    if (step instanceof WatchRun.Continue keep) {
      store.watches().seen(keep.watch().withId(id));
      next = now.plus(settings.interval());
    } else {
      LOG.debug("watch {}: retry ({})", id, ((WatchRun.Retry) step).why());
      next = now.plus(retryAfter(settings));
    }
    // never beyond expiry: the check at expiry sends the "expired" message
    Instant expires = watch.get().expiresAt();
    Instant when = next.isAfter(expires) && expires.isAfter(now) ? expires : next;
    return (done, ops) -> ops.reschedule(done, when);
  }

  @Override
  public Started start(Watch watch) {
    return guarded(
        () -> {
          WatchTable.Inserted inserted =
              store.watches().insert(watch, settings.maxPerUser(), settings.maxActive());
          if (inserted.started() != Started.STARTED) {
            return inserted.started();
          }
          try {
            scheduler.schedule(
                task.instance(Long.toString(inserted.id())),
                clock.instant().plus(settings.interval()));
          } catch (RuntimeException e) {
            store.watches().delete(inserted.id());
            throw e;
          }
          return Started.STARTED;
        },
        Started.UNAVAILABLE);
  }

  @Override
  public Optional<List<Watch>> of(String platform, String account) {
    return guarded(() -> Optional.of(store.watches().of(platform, account)), Optional.empty());
  }

  @Override
  public Optional<Boolean> end(String platform, String account, String domain) {
    return guarded(
        () -> {
          Optional<Long> id = store.watches().idOf(platform, account, domain);
          if (id.isEmpty()) {
            return Optional.of(false);
          }
          store.watches().delete(id.get());
          try {
            scheduler.cancel(TaskInstanceId.of(TASK, Long.toString(id.get())));
          } catch (RuntimeException e) {
            // running right now: its re-check finds no row and removes itself
            LOG.debug("watch {}: not cancelled ({})", id.get(), e.getClass().getSimpleName());
          }
          return Optional.of(true);
        },
        Optional.empty());
  }

  @Override
  public boolean enabled() {
    return true;
  }

  /** The rows (tests, the benchmark). */
  public WatchTable table() {
    return store.watches();
  }

  /** Executions scheduled (tests): one per running watch. */
  public int scheduled() {
    return scheduler.getScheduledExecutions().size();
  }

  private <T> T guarded(Supplier<T> work, T otherwise) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      LOG.warn(
          "store: watches unavailable ({}: {})",
          e.getClass().getSimpleName(),
          dev.mxbot.config.StoreUrls.shown(
              String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
      return otherwise;
    }
  }

  /**
   * Stops picking re-checks and waits (bounded) for the running ones; what is left is revived by
   * another replica, or by this one's next start.
   */
  @Override
  public void close() {
    try {
      scheduler.stop();
    } finally {
      store.close();
    }
  }
}
