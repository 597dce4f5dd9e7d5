package dev.mxbot.ops;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.OpsSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations listener on {@code ops.host}:{@code ops.port}, a Jetty server of its own ({@link
 * OpsRoutes}: {@code /healthz}, {@code /readyz}, {@code /metrics}). Slow clients cannot silence it:
 * Jetty reads requests without holding a thread, a connection silent for {@link #IDLE_TIMEOUT_MS}
 * (a request line or headers never finished, a kept-alive connection left idle) is closed, at most
 * {@link #MAX_CONNECTIONS} are open at once (more wait in the kernel's queue), and it runs on
 * {@link #MAX_THREADS} threads of its own, apart from the chat adapters'. One instance per process:
 * {@link #start} once, {@link #stop} once.
 */
public final class OpsServer {

  /** How long a connection may stay silent, mid-request or between requests. */
  static final long IDLE_TIMEOUT_MS = 5_000;

  /** The open connections the listener accepts at once. */
  static final int MAX_CONNECTIONS = 1_000;

  /** The listener's threads: one acceptor, one selector, the rest answer. */
  static final int MAX_THREADS = 6;

  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

  private final OpsSettings settings;
  private final PrometheusMeterRegistry registry;
  private final ProcessMeters meters;
  private volatile Readiness readiness = new Readiness(List.of());
  private Server server;
  private ServerConnector connector;

  @Inject
  OpsServer(BotConfig config, PrometheusMeterRegistry registry, ProcessMeters meters) {
    this.settings = config.ops();
    this.registry = registry;
    this.meters = meters;
  }

  /**
   * Opens the listener; {@code services} are the adapters whose readiness {@code /readyz} tells.
   */
  public synchronized void start(List<ChatService> services) throws IOException {
    readiness = new Readiness(services);
    meters.register(services);
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName("mxbot-ops");
    threads.setDaemon(true);
    threads.setReservedThreads(0);
    server = new Server(threads);
    connector = new ServerConnector(server, 1, 1);
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setHandler(new OpsRoutes(() -> readiness, registry));
    server.setStopTimeout(1_000);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new IOException("ops listener could not start: " + e.getMessage(), e);
    }
    LOG.info("ops listening on {}:{} (/healthz, /readyz, /metrics)", settings.host(), port());
  }

  /** The port listened on (the chosen one when {@code ops.port} is 0). */
  public synchronized int port() {
    return connector.getLocalPort();
  }

  /** {@code /readyz} answers 503 "shutting down" from now on; the listener stays up. */
  public void stopping() {
    readiness.stopping();
  }

  /** Closes the listener; idempotent. */
  public synchronized void stop() {
    readiness.stopping();
    if (server != null) {
      stopQuietly();
      meters.close();
      server = null;
    }
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("ops: stopping the listener failed ({})", e.getClass().getSimpleName());
    }
  }
}
