package dev.mxbot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for slack.com (JDK HttpServer on 127.0.0.1): the Web API methods Bolt calls
 * ({@code auth.test}, {@code apps.connections.open}) under {@code /api/}, and {@code response_url}s
 * under {@code /respond/} whose POSTs are kept for the test to read.
 */
public final class FakeSlack implements AutoCloseable {

  /** One POST to a response_url, and when it arrived ({@link System#nanoTime()}). */
  public record Posted(String path, String body, long arrivedNanos) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8, FakeSlack::daemon);
  private final BlockingQueue<Posted> responses = new LinkedBlockingQueue<>();
  private final BlockingQueue<Posted> methods = new LinkedBlockingQueue<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/";

  public FakeSlack() throws IOException {
    // Room for every diagnosis worker answering at once: a backlog and threads of its own.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    server.setExecutor(executor);
    server.createContext(
        "/api/auth.test",
        ex ->
            answer(
                ex,
                "{\"ok\":true,\"url\":\"https://fake.example/\",\"team\":\"Test\",\"user\":\"mxbot\","
                    + "\"team_id\":\"T1DC2JH3J\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"));
    server.createContext(
        "/api/apps.connections.open",
        ex -> answer(ex, "{\"ok\":true,\"url\":\"" + socketUrl + "\"}"));
    // What a watch's message calls (issue 20): a DM channel, then the message; both kept.
    server.createContext(
        "/api/conversations.open",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          methods.add(new Posted(ex.getRequestURI().getPath(), body, System.nanoTime()));
          answer(ex, "{\"ok\":true,\"channel\":{\"id\":\"D0WATCH\"}}");
        });
    server.createContext(
        "/api/chat.postMessage",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          methods.add(new Posted(ex.getRequestURI().getPath(), body, System.nanoTime()));
          answer(ex, "{\"ok\":true,\"channel\":\"D0WATCH\",\"ts\":\"1700000000.000100\"}");
        });
    server.createContext(
        "/respond/",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          responses.add(new Posted(ex.getRequestURI().getPath(), body, System.nanoTime()));
          answer(ex, "ok");
        });
    server.start();
  }

  /** Slack settings pointing at this fake: mode {@code auto} (Socket Mode with an app token). */
  public dev.mxbot.config.SlackSettings settings() {
    return new dev.mxbot.config.SlackSettings(
        "auto",
        3000,
        "/slack/events",
        apiUrl(),
        java.util.List.of(),
        java.util.List.of(),
        java.util.Map.of());
  }

  public String apiUrl() {
    return base() + "/api/";
  }

  public String responseUrl(String id) {
    return base() + "/respond/" + id;
  }

  public void socketUrl(String url) {
    socketUrl = url;
  }

  /** The next POST to a response_url, or fails after {@code seconds}. */
  public Posted nextResponse(int seconds) throws InterruptedException {
    Posted posted = responses.poll(seconds, TimeUnit.SECONDS);
    if (posted == null) {
      throw new AssertionError("no response_url POST within " + seconds + " s");
    }
    return posted;
  }

  /**
   * The next Web API call of a watch's message ({@code conversations.open}, {@code
   * chat.postMessage}), with its form body; or fails after {@code seconds}.
   */
  public Posted nextMethod(int seconds) throws InterruptedException {
    Posted posted = methods.poll(seconds, TimeUnit.SECONDS);
    if (posted == null) {
      throw new AssertionError("no Web API call within " + seconds + " s");
    }
    return posted;
  }

  /** A Web API call of a watch's message arriving within {@code millis}, or null. */
  public Posted pollMethod(long millis) throws InterruptedException {
    return methods.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** A POST arriving within {@code millis}, or null. */
  public Posted pollResponse(long millis) throws InterruptedException {
    return responses.poll(millis, TimeUnit.MILLISECONDS);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "fake-slack");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
