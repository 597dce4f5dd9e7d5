package dev.mxbot.chat;

import java.util.concurrent.CompletionStage;

/**
 * Where the final answers to an accepted command go (Slack's {@code response_url}, a Discord
 * interaction hook, the terminal). Called once per domain of the command, off the platform's event
 * threads; the returned stage completes when the answer is sent (or failed), so that shutdown and
 * {@code awaitAnswered} can wait for it.
 */
@FunctionalInterface
public interface Reply {

  CompletionStage<?> send(Outcome outcome);

  /**
   * Sends the answer about the {@code index}-th domain of the request (0 for a request of one
   * domain); answers to several domains arrive in any order.
   */
  default CompletionStage<?> send(int index, Outcome outcome) {
    return send(outcome);
  }
}
