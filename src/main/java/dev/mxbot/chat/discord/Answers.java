package dev.mxbot.chat.discord;

import dev.mxbot.chat.CommandEvents;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.CommandOutcome;
import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.RateLimiter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an acknowledged interaction: runs the diagnosis on the shared {@link CommandExecutor}
 * (never on the gateway thread) and edits the deferred reply with the outcome — exactly once,
 * whatever happens: "busy" when the executor is full or the bot is stopping, an error with a
 * reference id (logged with the stack) when something unexpected breaks.
 */
final class Answers {

  private static final Logger LOG = LoggerFactory.getLogger(Answers.class);
  private static final String BUSY_SECONDS = "15";
  private static final String PLATFORM = "discord";

  private final CommandRouter router;
  private final CommandExecutor executor;
  private final Replies replies;
  private final InFlight inFlight;
  private final CommandEvents events;
  private final RateLimiter limiter;

  @Inject
  Answers(
      CommandRouter router,
      CommandExecutor executor,
      Replies replies,
      InFlight inFlight,
      CommandEvents events,
      RateLimiter limiter) {
    this.router = router;
    this.executor = executor;
    this.replies = replies;
    this.inFlight = inFlight;
    this.events = events;
    this.limiter = limiter;
  }

  /**
   * Answers {@code commandText} through {@code hook} in {@code lang}; {@code ephemeral} tells
   * whether the answer is private (then it offers "Share in channel").
   */
  void answer(
      InteractionHook hook, Caller caller, String commandText, String lang, boolean ephemeral) {
    if (!inFlight.enter()) {
      log(caller, "-", "busy", 0, ref());
      events.busy(PLATFORM);
      send(hook, replies.text(lang, "chat.busy", Map.of("seconds", BUSY_SECONDS)), false);
      return;
    }
    boolean submitted =
        executor.trySubmit(() -> send(hook, run(caller, commandText, lang, ephemeral), true));
    if (!submitted) {
      log(caller, "-", "busy", 0, ref());
      events.busy(PLATFORM);
      send(hook, replies.text(lang, "chat.busy", Map.of("seconds", BUSY_SECONDS)), true);
    }
  }

  private MessageEditData run(Caller caller, String commandText, String lang, boolean ephemeral) {
    long start = System.nanoTime();
    String ref = ref();
    try {
      CommandOutcome outcome = router.handle(commandText, lang);
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (outcome.isRefused()) {
        log(caller, "-", "refused:" + outcome.refusal().rule(), ms, ref);
        events.refused(PLATFORM, outcome.refusal().rule());
      } else {
        limiter.charge(caller.rateKey(), outcome.report().questions());
        String verdict = outcome.report().verdict().id();
        log(caller, outcome.report().domain().ascii(), verdict, ms, ref);
        events.answered(PLATFORM, verdict, Duration.ofNanos(System.nanoTime() - start));
      }
      return replies.outcome(outcome, commandText, ephemeral);
    } catch (RuntimeException | Error e) {
      LOG.error("discord /mx failed: user={} ref={}", caller.logId(), ref, e);
      events.failed(PLATFORM);
      return replies.text(lang, "chat.error", Map.of("ref", ref));
    }
  }

  /** The command's one INFO line (refusals at the gate are logged by the listener). */
  static void log(Caller caller, String domain, String verdict, long ms, String ref) {
    LOG.info(
        "discord /mx user={} domain={} verdict={} ms={} ref={}",
        caller.logId(),
        domain,
        verdict,
        ms,
        ref);
  }

  /** A short reference an agent can quote, e.g. {@code 3f9a0c12be}. */
  static String ref() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
  }

  private void send(InteractionHook hook, MessageEditData message, boolean counted) {
    try {
      hook.editOriginal(message)
          .submit()
          .whenComplete(
              (sent, failure) -> {
                if (failure != null) {
                  LOG.warn("discord: could not deliver an answer: {}", failure.toString());
                }
                if (counted) {
                  inFlight.leave();
                }
              });
    } catch (RuntimeException e) {
      LOG.warn("discord: could not send an answer: {}", e.toString());
      if (counted) {
        inFlight.leave();
      }
    }
  }
}
