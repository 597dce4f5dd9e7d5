package dev.mxbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.OpsSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations listener (JDK HttpServer) on {@code ops.host}:{@code ops.port}: {@code /healthz}
 * 200 while the process runs; {@code /readyz} 200 when every started adapter is connected, else 503
 * with the reason; {@code /metrics} the Prometheus text format. GET only; nothing else is served
 * (404). One instance per process: {@link #start} once, {@link #stop} once.
 */
public final class OpsServer {

  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final OpsSettings settings;
  private final PrometheusMeterRegistry registry;
  private final ProcessMeters meters;
  private volatile Readiness readiness = new Readiness(List.of());
  private HttpServer server;
  private ExecutorService threads;

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
    server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
    threads =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "mxbot-ops");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext("/healthz", ex -> answer(ex, 200, "text/plain", "ok\n"));
    server.createContext("/readyz", this::ready);
    server.createContext("/metrics", ex -> answer(ex, 200, PROMETHEUS_TEXT, registry.scrape()));
    server.start();
    LOG.info("ops listening on {}:{} (/healthz, /readyz, /metrics)", settings.host(), port());
  }

  /** The port listened on (the chosen one when {@code ops.port} is 0). */
  public synchronized int port() {
    return server.getAddress().getPort();
  }

  /** {@code /readyz} answers 503 "shutting down" from now on; the listener stays up. */
  public void stopping() {
    readiness.stopping();
  }

  /** Closes the listener; idempotent. */
  public synchronized void stop() {
    readiness.stopping();
    if (server != null) {
      server.stop(0);
      threads.shutdownNow();
      meters.close();
      server = null;
    }
  }

  private void ready(HttpExchange exchange) throws IOException {
    Optional<String> why = readiness.notReady();
    if (why.isPresent()) {
      answer(exchange, 503, "text/plain", "not ready: " + why.get() + "\n");
    } else {
      answer(exchange, 200, "text/plain", "ready\n");
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (!exchange.getHttpContext().getPath().equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
