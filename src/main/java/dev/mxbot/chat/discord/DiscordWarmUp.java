package dev.mxbot.chat.discord;

import dev.mxbot.chat.Caller;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.Reply;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.WarmUpWorld;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's warm-up, before the gateway opens: {@link #COMMANDS} {@code /mx} commands go through
 * what {@link MxListener} runs for one — the request's parsing, the admission (rate limiter, shared
 * diagnosis, submission to the workers), a whole diagnosis — in serve's {@link WarmUpWorld}, and
 * each answer is rendered into the Discord message the listener would send (report embed, buttons,
 * the customer reply's message), then dropped. Nothing reaches Discord, the process's own pipeline,
 * its log lines or its metrics. What stays cold: JDA's own handling of the interaction (the gateway
 * event, the REST call of the acknowledgement and of the answer), which needs Discord. Without a
 * world (tests, {@code bench}) it does nothing. A failed warm-up never stops the start.
 */
final class DiscordWarmUp {

  /** Commands run: enough for C1 to compile the busiest methods of the path. */
  static final int COMMANDS = 200;

  /** Different diagnoses among them (the others join or reuse those). */
  static final int DIAGNOSES = 16;

  /** The longest the warm-up waits for its answers. */
  static final Duration ANSWER_WAIT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(DiscordWarmUp.class);

  private final WarmUpWorld.Opener worlds;
  private final Replies replies;

  DiscordWarmUp(WarmUpWorld.Opener worlds, Replies replies) {
    this.worlds = worlds;
    this.replies = replies;
  }

  /**
   * Runs the warm-up commands in a world when one opens; returns how many answers were rendered.
   */
  int run() {
    Optional<WarmUpWorld> opened;
    try {
      opened = worlds.open();
    } catch (RuntimeException e) {
      LOG.info("discord warm-up: no world ({})", e.toString());
      return 0;
    }
    if (opened.isEmpty()) {
      return 0;
    }
    long start = System.nanoTime();
    AtomicInteger rendered = new AtomicInteger();
    try (WarmUpWorld world = opened.get()) {
      RequestPipeline pipeline = world.pipeline("discord");
      for (int i = 0; i < COMMANDS; i++) {
        ParsedRequest parsed =
            MxRequest.ofOptions(
                world.domain(),
                "warm-up" + (i % DIAGNOSES),
                "",
                i % DIAGNOSES == 0 ? "en" : "",
                false,
                new LinkedHashSet<>(pipeline.languages()));
        pipeline.admit(
            Caller.discord("G0WARMUP", "C0WARMUP", "U0WARMUP" + i, List.of()),
            parsed,
            "en",
            Optional.of(rendering(parsed, rendered)),
            CompletableFuture.completedFuture(""));
      }
      boolean answered = pipeline.awaitAnswered(ANSWER_WAIT);
      LOG.info(
          "discord warm-up: {} answers rendered in {} ms{}",
          rendered.get(),
          (System.nanoTime() - start) / 1_000_000,
          answered ? "" : ", some still running after " + ANSWER_WAIT.toSeconds() + " s");
    } catch (RuntimeException e) {
      LOG.info("discord warm-up: the world failed ({})", e.toString());
    }
    return rendered.get();
  }

  /** Renders each answer as the listener's reply would, and drops it. */
  private Reply rendering(ParsedRequest parsed, AtomicInteger rendered) {
    return outcome -> {
      MessageEditData message =
          replies.outcome(outcome, MxListener.recheckText(parsed).apply(outcome), true);
      if (outcome instanceof Outcome.Answered answered && answered.customerReply().isPresent()) {
        replies.customerReply(answered.customerReply().get(), answered.lang());
      }
      rendered.incrementAndGet();
      return CompletableFuture.completedFuture(message);
    };
  }
}
