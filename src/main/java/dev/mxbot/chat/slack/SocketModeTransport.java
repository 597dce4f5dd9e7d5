package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: an outgoing WebSocket (Java-WebSocket backend) whose URL Bolt fetches with {@code
 * apps.connections.open} using the app-level token; no public endpoint needed. Each replica opens
 * its own connection and Slack spreads commands across them.
 */
final class SocketModeTransport implements SlackTransport {

  private static final Logger LOG = LoggerFactory.getLogger(SocketModeTransport.class);

  /** Envelopes handled at once; handlers only acknowledge, the work runs on the executor. */
  private static final int CONCURRENCY = 4;

  private final SlackTokens tokens;
  private SocketModeApp socketMode;

  @Inject
  SocketModeTransport(SlackTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public String name() {
    return "socket";
  }

  @Override
  public synchronized void start(App app) throws Exception {
    String appToken =
        tokens
            .appToken()
            .orElseThrow(() -> new IllegalStateException("Socket Mode needs SLACK_APP_TOKEN"));
    socketMode =
        new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket, CONCURRENCY);
    try {
      socketMode.startAsync();
    } catch (NullPointerException noClient) {
      // Bolt's client factory logs why apps.connections.open failed and hands out no client.
      throw new IllegalStateException(
          "Socket Mode: could not open the connection (apps.connections.open failed)", noClient);
    }
  }

  @Override
  public synchronized void stop() {
    if (socketMode == null) {
      return;
    }
    try {
      socketMode.close();
      socketMode.getApp().stop();
    } catch (Exception e) {
      LOG.warn("slack socket mode: closing failed ({})", e.getClass().getSimpleName());
    }
    socketMode = null;
  }
}
