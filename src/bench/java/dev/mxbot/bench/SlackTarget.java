package dev.mxbot.bench;

import java.net.URI;

/**
 * The Slack adapter the benchmark measures: where its HTTP mode listens, the signing secret it was
 * given, the loopback Slack it talks to, and how to start it.
 *
 * @param endpoint the request URL ({@code http://127.0.0.1:<port>/slack/events})
 * @param signingSecret the secret the adapter verifies requests with
 * @param slack the fake Web API and response_url collector the adapter was configured with
 * @param launcher starts the adapter in HTTP mode
 */
public record SlackTarget(
    URI endpoint, String signingSecret, LoopbackSlack slack, Launcher launcher) {

  /** Starts the adapter (Bolt's {@code auth.test} included); closing the result stops it. */
  @FunctionalInterface
  public interface Launcher {
    AutoCloseable start() throws Exception;
  }
}
