package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.Unreachable;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.configfile.ConfigException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Slack adapter as {@code serve} runs it: builds the Bolt app and starts it on its transport
 * (Socket Mode or HTTP). Answers in flight finish through the Slack {@link RequestPipeline}.
 */
final class SlackService implements ChatService {

  /** Bolt's auth.test failure when Slack answered and refused the token ({@code invalid_auth}). */
  private static final Pattern REFUSED =
      Pattern.compile("The token is invalid \\(auth\\.test error: (.*)\\)");

  /** Bolt's auth.test failure when the request itself failed (its IOException's message). */
  private static final Pattern NOT_SENT = Pattern.compile("The token is invalid \\(error: (.*)\\)");

  private final BoltApps apps;
  private final SlackTransport transport;
  private final RequestPipeline pipeline;
  private final SlackSettings settings;
  private final WatchDeliveries watchDeliveries;
  private final SlackReplies replies;

  @Inject
  SlackService(
      BoltApps apps,
      SlackTransport transport,
      RequestPipeline pipeline,
      SlackSettings settings,
      WatchDeliveries watchDeliveries,
      SlackReplies replies) {
    this.watchDeliveries = watchDeliveries;
    this.replies = replies;
    this.apps = apps;
    this.transport = transport;
    this.pipeline = pipeline;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "slack-" + transport.name();
  }

  /**
   * Builds the Bolt app and starts it on its transport. The expected failures become one line each,
   * without a stack trace: Slack refused the bot token; the Web API could not be reached (no such
   * host, connection refused), which says nothing of the token; Socket Mode could not open its
   * connection.
   *
   * @throws ConfigException for those
   */
  @Override
  public void start() throws Exception {
    App app = apps.create();
    try {
      transport.start(app);
      watchDeliveries.register("slack", new SlackWatchDelivery(app, replies));
    } catch (IllegalArgumentException authTestFailed) {
      // Bolt's auth.test at start; it keeps no cause, only a message that names the error (Slack's
      // error code, or the IOException's message), never the token.
      throw new ConfigException(
          authTestLine(String.valueOf(authTestFailed.getMessage()), settings.apiUrl()));
    } catch (IllegalStateException noConnection) {
      // SocketModeTransport: apps.connections.open failed (Bolt logged why, in one line)
      if (!String.valueOf(noConnection.getMessage())
          .startsWith(SocketModeTransport.NO_CONNECTION)) {
        throw noConnection;
      }
      throw new ConfigException(
          "slack: "
              + noConnection.getMessage()
              + "; check SLACK_APP_TOKEN, slack.apiUrl ("
              + settings.apiUrl()
              + ") and the network");
    } catch (RuntimeException failed) {
      if (Unreachable.in(failed).isEmpty()) {
        throw failed;
      }
      throw new ConfigException(unreachable(Unreachable.in(failed).get(), settings.apiUrl()));
    }
  }

  /** The start-up line for Bolt's failed auth.test. */
  static String authTestLine(String boltMessage, String apiUrl) {
    Matcher refused = REFUSED.matcher(boltMessage);
    if (refused.matches()) {
      return "SLACK_BOT_TOKEN: Slack refused the bot token ("
          + refused.group(1)
          + "); copy it again from the app's OAuth & Permissions page";
    }
    Matcher notSent = NOT_SENT.matcher(boltMessage);
    if (notSent.matches()) {
      return unreachable(notSent.group(1), apiUrl);
    }
    return "slack: " + boltMessage + "; check SLACK_BOT_TOKEN and slack.apiUrl in mxbot.yaml";
  }

  private static String unreachable(String why, String apiUrl) {
    return Unreachable.line("slack", "the Slack Web API", apiUrl, why, "slack.apiUrl");
  }

  /** Accepted commands are counted from their admission until their answer is sent. */
  @Override
  public boolean awaitAnswered(Duration limit) {
    return pipeline.awaitAnswered(limit);
  }

  @Override
  public void stop() {
    watchDeliveries.remove("slack");
    transport.stop();
  }

  @Override
  public boolean ready() {
    return transport.ready();
  }
}
