package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mxbot.chat.WarmUpWorld;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: an outgoing WebSocket (Java-WebSocket backend) whose URL Bolt fetches with {@code
 * apps.connections.open} using the app-level token; no public endpoint needed. Each replica opens
 * its own connection and Slack spreads commands across them. Bolt reconnects by itself when the
 * connection drops; {@link #ready()} follows it (a message seen since the last close). Before it
 * connects, the {@link SlackWarmUp} runs commands through the app the way Socket Mode delivers
 * them.
 */
final class SocketModeTransport implements SlackTransport {

  private static final Logger LOG = LoggerFactory.getLogger(SocketModeTransport.class);

  /** The message of the failure when apps.connections.open gave no connection. */
  static final String NO_CONNECTION =
      "Socket Mode could not open its connection (apps.connections.open failed)";

  /** Envelopes handled at once; handlers only acknowledge, the work runs on the executor. */
  private static final int CONCURRENCY = 4;

  /** What is known of the connection: nothing yet, open, closed. */
  private enum Link {
    UNKNOWN,
    UP,
    DOWN
  }

  private final SlackTokens tokens;
  private final WarmUpKey warmUpKey;
  private final WarmUpWorld.Opener worlds;
  private final WarmUpRoute route;
  private volatile SocketModeApp socketMode;
  private final AtomicReference<Link> link = new AtomicReference<>(Link.DOWN);

  @Inject
  SocketModeTransport(
      SlackTokens tokens, WarmUpKey warmUpKey, WarmUpWorld.Opener worlds, WarmUpRoute route) {
    this.tokens = tokens;
    this.warmUpKey = warmUpKey;
    this.worlds = worlds;
    this.route = route;
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
    // Before the connection opens, so that Slack sends nothing to a cold app.
    new SlackWarmUp(new SocketModeWarmUpEntry(app, warmUpKey), worlds, route).run();
    SocketModeApp started =
        new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket, CONCURRENCY);
    try {
      started.startAsync();
    } catch (NullPointerException noClient) {
      // Bolt's client factory logs why apps.connections.open failed and hands out no client.
      throw new IllegalStateException(NO_CONNECTION, noClient);
    }
    // The client exists only now: its "hello" may already have passed, hence UNKNOWN first.
    link.set(Link.UNKNOWN);
    started.getClient().addWebSocketMessageListener(message -> link.set(Link.UP));
    started.getClient().addWebSocketCloseListener((code, reason) -> link.set(Link.DOWN));
    socketMode = started;
  }

  @Override
  public boolean ready() {
    SocketModeApp current = socketMode;
    if (current == null || current.isClientStopped()) {
      return false;
    }
    if (link.get() == Link.UNKNOWN) {
      // Only until the first message or close: a ping, answered within milliseconds when open.
      boolean open = current.getClient().verifyConnection();
      link.compareAndSet(Link.UNKNOWN, open ? Link.UP : Link.DOWN);
    }
    return link.get() == Link.UP;
  }

  @Override
  public synchronized void stop() {
    SocketModeApp current = socketMode;
    if (current == null) {
      return;
    }
    socketMode = null;
    link.set(Link.DOWN);
    try {
      current.close();
      current.getApp().stop();
    } catch (Exception e) {
      LOG.warn("slack socket mode: closing failed ({})", e.getClass().getSimpleName());
    }
  }
}
