package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import dev.mxbot.chat.WarmUpWorld;
import dev.mxbot.config.SlackSettings;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: an embedded Jetty 12 listening on {@code slack.http.port}, serving Slack's requests at
 * {@code slack.http.path} (the request URL of the app manifest). Stateless: any number of replicas
 * can serve behind a load balancer. It reports ready once {@link SlackWarmUp} has run a few signed
 * requests through it, so that the first real ones do not pay for loading the request path. ({@code
 * bolt-jetty} exists only with end-of-life Jetty 9.)
 */
final class HttpModeTransport implements SlackTransport {

  /** How long a connection may stay silent, mid-request or between requests. */
  static final long IDLE_TIMEOUT_MS = 10_000;

  /** The open connections the listener accepts at once (more wait in the kernel's queue). */
  static final int MAX_CONNECTIONS = 2_000;

  /**
   * Connections the kernel holds for the listener before it accepts them. Jetty's default (50)
   * overflowed in a burst of 64 simultaneous slash commands: Linux then drops the SYN and the
   * sender retries after a second, which made the ack's p95 about 1 s. The kernel caps it at {@code
   * net.core.somaxconn} (4096 on current Linux).
   */
  static final int ACCEPT_QUEUE = 1_024;

  private static final Logger LOG = LoggerFactory.getLogger(HttpModeTransport.class);

  private final SlackSettings settings;
  private final SlackTokens tokens;
  private final Clock clock;
  private final AckSignals acks;
  private final WarmUpKey warmUpKey;
  private final WarmUpWorld.Opener worlds;
  private final WarmUpRoute route;
  private volatile Server server;
  private volatile boolean warm;
  private App app;

  @Inject
  HttpModeTransport(
      SlackSettings settings,
      SlackTokens tokens,
      Clock clock,
      AckSignals acks,
      WarmUpKey warmUpKey,
      WarmUpWorld.Opener worlds,
      WarmUpRoute route) {
    this.settings = settings;
    this.worlds = worlds;
    this.route = route;
    this.acks = acks;
    this.warmUpKey = warmUpKey;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "http";
  }

  @Override
  public synchronized void start(App boltApp) throws Exception {
    String secret =
        tokens
            .signingSecret()
            .orElseThrow(() -> new IllegalStateException("HTTP mode needs SLACK_SIGNING_SECRET"));
    app = boltApp.start();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(settings.httpPort());
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    SignatureVerifier verifier = new SignatureVerifier(secret, clock);
    server.setHandler(
        new SlackHttpHandler(settings.httpPath(), verifier, app, acks, settings.maxBodyReads()));
    server.start();
    new SlackWarmUp(
            new HttpWarmUpEntry(connector.getLocalPort(), settings.httpPath(), verifier, warmUpKey),
            worlds,
            route)
        .run();
    warm = true;
    LOG.info(
        "slack http mode listening on port {} at {}", settings.httpPort(), settings.httpPath());
  }

  @Override
  public boolean ready() {
    Server running = server;
    return warm && running != null && running.isStarted();
  }

  @Override
  public synchronized void stop() {
    try {
      if (server != null) {
        server.stop();
      }
    } catch (Exception e) {
      LOG.warn("slack http mode: stopping the listener failed ({})", e.getClass().getSimpleName());
    }
    if (app != null) {
      app.stop();
    }
    server = null;
    app = null;
    warm = false;
  }
}
