package dev.mxbot.chat.slack;

import dev.mxbot.chat.CommandEvents;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.CommandOutcome;
import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.RateLimiter;
import dev.mxbot.chat.UserHash;
import dev.mxbot.render.SlackMessage;
import dev.mxbot.render.SlackRenderer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs accepted commands on the shared {@link CommandExecutor}, off Bolt's threads, and sends
 * exactly one final answer per command: the report (partial when the deadline hit), the refusal of
 * bad input, or — on an unexpected failure — "something went wrong (ref X)", with the stack logged
 * under the same ref. Logs one line per command, with a hash of the user id. Safe for concurrent
 * use.
 */
final class SlackAnswers {

  /** What "busy, try again in N s" says when the executor is saturated. */
  static final int BUSY_SECONDS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(SlackAnswers.class);
  private static final String PLATFORM = "slack";

  /** Slack's own limit for an ack: waiting longer for one would be pointless. */
  static final Duration ACK_WAIT = Duration.ofSeconds(3);

  /**
   * One command to answer: its text and default language, who asked, whether the answer goes to the
   * channel (button "Share"), who shared it, and where the answer goes.
   */
  record Job(
      String text,
      String lang,
      String team,
      String user,
      boolean share,
      Optional<String> sharedBy,
      Delivery delivery) {}

  private final CommandRouter router;
  private final CommandExecutor executor;
  private final SlackRenderer renderer;
  private final CommandEvents events;
  private final RateLimiter limiter;

  @Inject
  SlackAnswers(
      CommandRouter router,
      CommandExecutor executor,
      SlackRenderer renderer,
      CommandEvents events,
      RateLimiter limiter) {
    this.router = router;
    this.executor = executor;
    this.renderer = renderer;
    this.events = events;
    this.limiter = limiter;
  }

  /**
   * Queues the job; false when the executor is saturated (then nothing runs or is sent). Submitted
   * while an HTTP request is answered, the job starts once that request's ack is written ({@link
   * AckSignal}, at most {@link #ACK_WAIT}).
   */
  boolean submit(Job job) {
    CompletionStage<Void> acked = AckSignal.current();
    return executor.trySubmit(
        () -> {
          AckSignal.await(acked, ACK_WAIT);
          run(job);
        });
  }

  /** The "busy" message. */
  SlackMessage busy(String lang) {
    return renderer.note(lang, "chat.busy", Map.of("seconds", String.valueOf(BUSY_SECONDS)));
  }

  /** Sends a fixed ephemeral message off the caller's thread (on it when the pool is full). */
  void sendSoon(Delivery delivery, SlackMessage message) {
    if (!executor.trySubmit(() -> deliver(delivery, message, false))) {
      deliver(delivery, message, false);
    }
  }

  void run(Job job) {
    long start = System.nanoTime();
    String ref = ErrorRef.next();
    SlackMessage message;
    boolean inChannel = false;
    try {
      CommandOutcome outcome = router.handle(job.text(), job.lang());
      if (outcome.isRefused()) {
        message = renderer.refusal(outcome.refusal(), outcome.lang());
        String rule = outcome.refusal().rule();
        log(job.user(), "-", "refused:" + rule, millis(start), ref);
        events.refused(PLATFORM, rule);
      } else {
        inChannel = job.share() || outcome.share();
        Optional<String> buttons =
            inChannel ? Optional.empty() : new ButtonValue(job.lang(), job.text()).encode();
        message =
            renderer.report(
                outcome.report(), outcome.lang(), outcome.notices(), buttons, job.sharedBy());
        limiter.charge(SlackGate.rateKey(job.team(), job.user()), outcome.report().questions());
        String verdict = outcome.report().verdict().id();
        log(job.user(), outcome.report().domain().ascii(), verdict, millis(start), ref);
        events.answered(PLATFORM, verdict, Duration.ofNanos(System.nanoTime() - start));
      }
    } catch (RuntimeException e) {
      LOG.error("slack /mx failed, ref {}", ref, e);
      log(job.user(), "-", "failed", millis(start), ref);
      events.failed(PLATFORM);
      message = renderer.note(job.lang(), "chat.error", Map.of("ref", ref));
      inChannel = false;
    }
    deliver(job.delivery(), message, inChannel);
  }

  /**
   * The command's one INFO line: platform, user hash, domain ({@code -} when none was accepted),
   * verdict, milliseconds and the reference an agent can quote.
   */
  static void log(String user, String domain, String verdict, long ms, String ref) {
    LOG.info(
        "slack /mx user={} domain={} verdict={} ms={} ref={}",
        UserHash.of("slack:" + user),
        domain,
        verdict,
        ms,
        ref);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void deliver(Delivery delivery, SlackMessage message, boolean inChannel) {
    try {
      delivery.send(message, inChannel);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "slack: could not deliver an answer, ref {} ({})",
          ErrorRef.next(),
          e.getClass().getSimpleName());
    }
  }
}
