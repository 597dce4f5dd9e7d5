package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.configfile.ConfigException;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The Slack adapter as {@code serve} runs it: builds the Bolt app and starts it on its transport
 * (Socket Mode or HTTP). Answers in flight finish through the Slack {@link RequestPipeline}.
 */
final class SlackService implements ChatService {

  private final BoltApps apps;
  private final SlackTransport transport;
  private final RequestPipeline pipeline;

  @Inject
  SlackService(BoltApps apps, SlackTransport transport, RequestPipeline pipeline) {
    this.apps = apps;
    this.transport = transport;
    this.pipeline = pipeline;
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

  /** Accepted commands are counted from their admission until their answer is sent. */
  @Override
  public boolean awaitAnswered(Duration limit) {
    return pipeline.awaitAnswered(limit);
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
