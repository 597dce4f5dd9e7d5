package dev.mxbot.chat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchDecision;
import dev.mxbot.core.WatchRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch's re-check, run by the scheduler: the domain's diagnosis (shared with any chat command
 * asking the same at that moment), {@link WatchDecision}, and when a message is due, the report
 * with the watch's note above it, through the platform's {@link WatchDeliveries.Delivery}. A
 * diagnosis or delivery that fails or takes longer than {@link #BOUND} changes nothing: the
 * scheduler tries again. Safe for concurrent use.
 */
public final class WatchRechecks implements WatchRun {

  /** The longest a re-check waits for its diagnosis, and then for its delivery. */
  public static final Duration BOUND = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(WatchRechecks.class);

  private final SharedDiagnoses shared;
  private final WatchDeliveries deliveries;
  private final List<String> resolvers;
  private final RateLimiter limiter;

  /**
   * Re-checks through {@code shared}, delivering through {@code deliveries}; {@code resolvers} are
   * named in the messages; the DNS questions of each re-check are charged to the watch's owner in
   * {@code limiter}, the chat commands' own, and to the watches' budget ({@link
   * RateLimiter#chargeWatch}); a re-check waits while the owner, the watches together or everyone's
   * commands are over theirs: a hostile zone watched costs its watcher, as its {@code /mx} does,
   * and never another user's command.
   */
  public WatchRechecks(
      SharedDiagnoses shared,
      WatchDeliveries deliveries,
      List<String> resolvers,
      RateLimiter limiter) {
    this.shared = shared;
    this.deliveries = deliveries;
    this.resolvers = List.copyOf(resolvers);
    this.limiter = limiter;
  }

  @Override
  public Step check(Watch watch, Instant now) {
    Optional<WatchDeliveries.Delivery> delivery = deliveries.of(watch.platform());
    if (delivery.isEmpty()) {
      return new Retry(watch.platform() + " not connected on this replica");
    }
    String owner = Caller.rateKey(watch.platform(), watch.account());
    Optional<Duration> budget = limiter.watchQuestionsWait(owner);
    if (budget.isPresent()) {
      return new Retry("DNS question budget spent for " + budget.get().toSeconds() + " s");
    }
    Report report;
    try {
      report =
          shared
              .diagnose(
                  watch.shown(),
                  DomainName.of(watch.domain()),
                  CheckOptions.NONE,
                  CompletableFuture.completedFuture(null))
              .get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new Retry("no diagnosis (" + e.getClass().getSimpleName() + ")");
    }
    limiter.chargeWatch(owner, report.questions());
    Optional<WatchDecision.Kind> kind = WatchDecision.decide(watch, report, now);
    if (kind.isEmpty()) {
      return new Continue(watch.seen(report));
    }
    Outcome message =
        new Outcome.Answered(
            watch.lang(), watch.share(), report, List.of(notice(kind.get(), watch, resolvers)));
    try {
      delivery
          .get()
          .deliver(watch, message)
          .toCompletableFuture()
          .get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
      return new Ended(kind.get());
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn(
          "{}: watch message not delivered, retrying ({})",
          watch.platform(),
          e.getClass().getSimpleName());
      return new Retry("not delivered");
    }
  }

  /** The note above the report: live (naming the resolvers), changed again, or expired. */
  static Notice notice(WatchDecision.Kind kind, Watch watch, List<String> resolvers) {
    return new Notice(
        kind.noticeKey(),
        Map.of(
            "domain",
            watch.shown(),
            "resolvers",
            resolvers.isEmpty() ? "-" : String.join(", ", resolvers)));
  }
}
