package dev.mxbot.chat;

import java.util.concurrent.CompletionStage;

/**
 * Where the final answer to an accepted command goes (Slack's {@code response_url}, a Discord
 * interaction hook, the terminal). Called once per command, off the platform's event threads; the
 * returned stage completes when the answer is sent (or failed), so that shutdown and {@code
 * awaitAnswered} can wait for it.
 */
@FunctionalInterface
public interface Reply {

  CompletionStage<?> send(Outcome outcome);
}
