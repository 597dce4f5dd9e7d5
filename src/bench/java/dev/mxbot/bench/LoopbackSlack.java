package dev.mxbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for slack.com during {@code bench} (JDK HttpServer on 127.0.0.1): answers
 * Bolt's {@code auth.test} and Socket Mode's {@code apps.connections.open} (the URL of its own
 * {@link LoopbackSocketMode}, started on first use so that the phases without Socket Mode count
 * none of its threads) under {@code /api/}, and collects the POSTs to the {@code response_url}s
 * {@code /respond/<id>}: how many arrived per id and when the first one did. Safe for concurrent
 * use; close it after use.
 */
public final class LoopbackSlack implements AutoCloseable {

  private static final String AUTH_TEST =
      "{\"ok\":true,\"url\":\"https://bench.invalid/\",\"team\":\"Bench\",\"user\":\"mxbot\","
          + "\"team_id\":\"TBENCH\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";

  private final HttpServer server;
  private final ExecutorService threads;
  private LoopbackSocketMode socketMode; // guarded by this; null until socketMode() is called
  private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
  private final Map<String, Long> firstAnswerNanos = new ConcurrentHashMap<>();

  private LoopbackSlack(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts the fake on a free loopback port. */
  public static LoopbackSlack start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    ExecutorService threads = Executors.newFixedThreadPool(4, LoopbackSlack::daemon);
    LoopbackSlack slack = new LoopbackSlack(server, threads);
    server.setExecutor(threads);
    server.createContext("/api/auth.test", ex -> answer(ex, AUTH_TEST));
    server.createContext("/api/apps.connections.open", slack::openConnection);
    server.createContext("/respond/", slack::collect);
    server.start();
    return slack;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "bench-slack-fake");
    thread.setDaemon(true);
    return thread;
  }

  private void collect(HttpExchange ex) throws IOException {
    long now = System.nanoTime();
    ex.getRequestBody().readAllBytes();
    String id = ex.getRequestURI().getPath().substring("/respond/".length());
    firstAnswerNanos.putIfAbsent(id, now);
    answers.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    answer(ex, "ok");
  }

  /** {@code apps.connections.open}: the Socket Mode fake's URL, or an error if none runs. */
  private void openConnection(HttpExchange ex) throws IOException {
    LoopbackSocketMode socket;
    synchronized (this) {
      socket = socketMode;
    }
    answer(
        ex,
        socket == null
            ? "{\"ok\":false,\"error\":\"no_socket_mode_fake_started\"}"
            : "{\"ok\":true,\"url\":\"" + socket.url() + "\"}");
  }

  private static void answer(HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  /** The Web API base URL to give Bolt ({@code slack.apiUrl}). */
  public String apiUrl() {
    return base() + "/api/";
  }

  /**
   * The Socket Mode endpoint whose URL {@code apps.connections.open} answers with, started on the
   * first call.
   */
  synchronized LoopbackSocketMode socketMode() throws IOException {
    if (socketMode == null) {
      socketMode = LoopbackSocketMode.start();
    }
    return socketMode;
  }

  /** The {@code response_url} of command {@code id}. */
  String responseUrl(String id) {
    return base() + "/respond/" + id;
  }

  /** How many POSTs reached the response_url of {@code id} so far. */
  int answers(String id) {
    AtomicInteger count = answers.get(id);
    return count == null ? 0 : count.get();
  }

  /** When ({@link System#nanoTime()}) the first answer for {@code id} arrived; null if none. */
  Long firstAnswerNanos(String id) {
    return firstAnswerNanos.get(id);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    synchronized (this) {
      if (socketMode != null) {
        socketMode.close();
      }
    }
  }
}
