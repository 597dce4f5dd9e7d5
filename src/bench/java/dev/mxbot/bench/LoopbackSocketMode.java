package dev.mxbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;

/**
 * A loopback stand-in for Slack's Socket Mode endpoint during {@code bench} (a Java-WebSocket
 * server on 127.0.0.1, a free port), the URL {@link LoopbackSlack} hands out from {@code
 * apps.connections.open}: greets every connection with {@code hello}, and lets the benchmark push a
 * {@code /mx} envelope to the latest connection and wait for the bot's ack of it on the socket (the
 * message carrying the same {@code envelope_id}). The time is the benchmark's own, taken just
 * before the envelope is sent and as soon as the ack is handed to this server's listener, so it
 * includes the loopback both ways and this server's decoding thread. Pings and other messages are
 * ignored. Safe for concurrent use; close it after use.
 */
final class LoopbackSocketMode implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HELLO =
      "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"bench\"},"
          + "\"connection_info\":{\"app_id\":\"ABENCH\"}}";

  /**
   * The bot's ack of one pushed envelope.
   *
   * @param millis from just before the envelope was sent to the ack's arrival, ms
   * @param message the ack as the bot sent it (JSON, with the {@code payload} it answered)
   */
  record Ack(double millis, String message) {}

  /** An ack as it arrived: when ({@link System#nanoTime()}) and what. */
  private record Arrival(long nanos, String message) {}

  private final Server server = new Server();
  private final Map<String, CompletableFuture<Arrival>> pending = new ConcurrentHashMap<>();

  private LoopbackSocketMode() {}

  /** Starts the fake on a free loopback port and waits until it listens. */
  static LoopbackSocketMode start() throws IOException {
    LoopbackSocketMode socket = new LoopbackSocketMode();
    socket.server.startAndAwait("Socket Mode fake");
    return socket;
  }

  /** The WebSocket URL {@code apps.connections.open} answers with. */
  String url() {
    return server.url();
  }

  /**
   * Pushes a Socket Mode {@code slash_commands} envelope for {@code /mx <text>} typed by {@code
   * user}, answered at {@code responseUrl}, to the latest connection, and waits up to {@code
   * timeout} for its ack.
   *
   * @throws IllegalStateException if no bot is connected
   * @throws TimeoutException if the ack did not come in time
   */
  Ack push(String envelopeId, String text, String user, String responseUrl, Duration timeout)
      throws InterruptedException, TimeoutException {
    WebSocket connection = server.current();
    if (connection == null || !connection.isOpen()) {
      throw new IllegalStateException("no Socket Mode connection to push " + envelopeId + " to");
    }
    String envelope = slashEnvelope(envelopeId, text, user, responseUrl);
    CompletableFuture<Arrival> ack = new CompletableFuture<>();
    pending.put(envelopeId, ack);
    try {
      long sent = System.nanoTime();
      connection.send(envelope);
      Arrival arrival = ack.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Ack((arrival.nanos() - sent) / 1e6, arrival.message());
    } catch (ExecutionException e) {
      throw new IllegalStateException("ack of " + envelopeId, e.getCause());
    } finally {
      pending.remove(envelopeId);
    }
  }

  /** The envelope as Slack sends a slash command in Socket Mode. */
  private static String slashEnvelope(
      String envelopeId, String text, String user, String responseUrl) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    envelope
        .putObject("payload")
        .put("token", "legacy-verification-token")
        .put("team_id", "TBENCH")
        .put("team_domain", "bench")
        .put("channel_id", "CBENCH")
        .put("channel_name", "support")
        .put("user_id", user)
        .put("user_name", "agent")
        .put("command", "/mx")
        .put("text", text)
        .put("api_app_id", "ABENCH")
        .put("response_url", responseUrl)
        .put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    return envelope.toString();
  }

  /** Completes the pending push whose envelope_id {@code message} carries, if any. */
  private void received(long nanos, String message) {
    String id;
    try {
      id = JSON.readTree(message).path("envelope_id").asText("");
    } catch (IOException notJson) {
      return;
    }
    CompletableFuture<Arrival> ack = pending.get(id);
    if (ack != null) {
      ack.complete(new Arrival(nanos, message));
    }
  }

  @Override
  public void close() {
    server.stopQuietly();
  }

  /** The WebSocket server itself: keeps the latest connection, hands text messages on. */
  private final class Server extends LoopbackWebSocket {

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      keep(conn);
      conn.send(HELLO);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      received(System.nanoTime(), message);
    }
  }
}
