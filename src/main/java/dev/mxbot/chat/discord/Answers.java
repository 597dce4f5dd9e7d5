package dev.mxbot.chat.discord;

import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.CommandOutcome;
import dev.mxbot.chat.CommandRouter;
import jakarta.inject.Inject;
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

  private final CommandRouter router;
  private final CommandExecutor executor;
  private final Replies replies;
  private final InFlight inFlight;

  @Inject
  Answers(CommandRouter router, CommandExecutor executor, Replies replies, InFlight inFlight) {
    this.router = router;
    this.executor = executor;
    this.replies = replies;
    this.inFlight = inFlight;
  }

  /**
   * Answers {@code commandText} through {@code hook} in {@code lang}; {@code ephemeral} tells
   * whether the answer is private (then it offers "Share in channel").
   */
  void answer(
      InteractionHook hook, Caller caller, String commandText, String lang, boolean ephemeral) {
    if (!inFlight.enter()) {
      send(hook, replies.text(lang, "chat.busy", Map.of("seconds", BUSY_SECONDS)), false);
      return;
    }
    boolean submitted =
        executor.trySubmit(() -> send(hook, run(caller, commandText, lang, ephemeral), true));
    if (!submitted) {
      LOG.info("discord busy: user={} answered busy", caller.logId());
      send(hook, replies.text(lang, "chat.busy", Map.of("seconds", BUSY_SECONDS)), true);
    }
  }

  private MessageEditData run(Caller caller, String commandText, String lang, boolean ephemeral) {
    long start = System.nanoTime();
    try {
      CommandOutcome outcome = router.handle(commandText, lang);
      LOG.info(
          "discord /mx user={} domain={} verdict={} ms={}",
          caller.logId(),
          outcome.isRefused() ? "-" : outcome.report().domain().ascii(),
          outcome.isRefused()
              ? "refused:" + outcome.refusal().rule()
              : outcome.report().verdict().id(),
          (System.nanoTime() - start) / 1_000_000);
      return replies.outcome(outcome, commandText, ephemeral);
    } catch (RuntimeException | Error e) {
      String ref = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
      LOG.error("discord /mx failed: user={} ref={}", caller.logId(), ref, e);
      return replies.text(lang, "chat.error", Map.of("ref", ref));
    }
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
