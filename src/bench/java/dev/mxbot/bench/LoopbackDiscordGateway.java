package dev.mxbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;

/**
 * The gateway of the {@link LoopbackDiscord} (a Java-WebSocket server on 127.0.0.1, a free port),
 * just enough for JDA: HELLO on connect, READY on IDENTIFY (with the shard asked for, if any),
 * heartbeat ACKs, and dispatches sent by the benchmark to the session that became ready last (each
 * {@code serve} the benchmark starts is one session; the previous one is stopped first). Plain
 * JSON, no compression; other opcodes are ignored. Safe for concurrent use.
 */
final class LoopbackDiscordGateway implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HELLO = "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}";

  private final Server server = new Server();
  private final AtomicInteger readies = new AtomicInteger();
  private final AtomicInteger sequence = new AtomicInteger();

  private LoopbackDiscordGateway() {}

  /** Starts the gateway on a free loopback port and waits until it listens. */
  static LoopbackDiscordGateway start() throws IOException {
    LoopbackDiscordGateway gateway = new LoopbackDiscordGateway();
    gateway.server.startAndAwait("Discord gateway fake");
    return gateway;
  }

  /** The gateway URL ({@code discord.gatewayUrl}, and what {@code gateway/bot} answers). */
  String url() {
    return server.url();
  }

  /** How many sessions were sent READY so far. */
  int readies() {
    return readies.get();
  }

  /**
   * Sends dispatch {@code type} with data {@code d} to the session that became ready last.
   *
   * @throws IllegalStateException if that session is closed or there is none
   */
  void dispatch(String type, JsonNode d) {
    WebSocket session = server.current();
    if (session == null || !session.isOpen()) {
      throw new IllegalStateException("no READY Discord session to dispatch " + type + " to");
    }
    send(session, type, d);
  }

  private void send(WebSocket session, String type, JsonNode d) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
    payload.set("d", d);
    session.send(payload.toString());
  }

  /** IDENTIFY answered: READY with the bot user, no guilds, the shard asked for. */
  private void ready(WebSocket session, JsonNode identify) {
    ObjectNode d = JSON.createObjectNode();
    d.put("v", 10);
    d.set("user", SlashInteraction.botUser());
    d.putArray("guilds");
    d.putArray("private_channels");
    d.put("session_id", "bench-session-" + (readies.get() + 1));
    d.put("resume_gateway_url", url());
    d.putObject("application").put("id", SlashInteraction.APP_ID).put("flags", 0);
    if (identify.has("shard")) {
      d.set("shard", identify.get("shard"));
    }
    server.keep(session);
    readies.incrementAndGet();
    send(session, "READY", d);
  }

  @Override
  public void close() {
    server.stopQuietly();
  }

  /** The WebSocket server itself: greets, answers heartbeats and IDENTIFY. */
  private final class Server extends LoopbackWebSocket {

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      conn.send(HELLO);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      JsonNode payload;
      try {
        payload = JSON.readTree(message);
      } catch (IOException notJson) {
        return;
      }
      switch (payload.path("op").asInt(-1)) {
        case 1 -> conn.send("{\"op\":11}");
        case 2 -> ready(conn, payload.path("d"));
        default -> {
          // presence updates, resumes...: not needed by the benchmark
        }
      }
    }
  }
}
