package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.configfile.ConfigException;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The Slack adapter as {@code serve} runs it: builds the Bolt app and starts it on its transport
 * (Socket Mode or HTTP). Answers in flight finish on the shared executor, which {@code serve} shuts
 * down after {@link #stop()}.
 */
final class SlackService implements ChatService {

  private final BoltApps apps;
  private final SlackTransport transport;
  private final CommandExecutor executor;

  @Inject
  SlackService(BoltApps apps, SlackTransport transport, CommandExecutor executor) {
    this.apps = apps;
    this.transport = transport;
    this.executor = executor;
  }

  @Override
  public String name() {
    return "slack-" + transport.name();
  }

  @Override
  public void start() throws Exception {
    App app = apps.create();
    try {
      transport.start(app);
    } catch (IllegalArgumentException authTestFailed) {
      // Bolt's auth.test at start: a wrong bot token, or the Web API unreachable. Its message
      // names the error, never the token.
      throw new ConfigException(
          "slack: "
              + authTestFailed.getMessage()
              + " — check SLACK_BOT_TOKEN and slack.apiUrl in mxbot.yaml");
    }
  }

  /**
   * An accepted command's job is queued before its ack is returned, and its answer is sent from
   * that job (the executor is shared: work of other adapters is waited for too).
   */
  @Override
  public boolean awaitAnswered(Duration limit) {
    return executor.awaitIdle(limit);
  }

  @Override
  public void stop() {
    transport.stop();
  }

  @Override
  public boolean ready() {
    return transport.ready();
  }
}
