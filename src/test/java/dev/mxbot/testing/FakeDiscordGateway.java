package dev.mxbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Discord gateway, just enough for JDA: HELLO on connect, READY on IDENTIFY (with the
 * shard asked for), heartbeat ACKs, and dispatches pushed by the test. Plain JSON, no compression.
 */
public final class FakeDiscordGateway extends WebSocketServer {

  public static final String APP_ID = "900000000000000001";
  static final String BOT_ID = "900000000000000001";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CountDownLatch started = new CountDownLatch(1);
  private final List<WebSocket> identified = new CopyOnWriteArrayList<>();
  private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();

  public FakeDiscordGateway() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  public FakeDiscordGateway begin() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
    return this;
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    try {
      JsonNode payload = JSON.readTree(message);
      switch (payload.path("op").asInt()) {
        case 1 -> conn.send("{\"op\":11}");
        case 2 -> ready(conn, payload.path("d"));
        default -> {}
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void ready(WebSocket conn, JsonNode identify) throws Exception {
    ObjectNode d = JSON.createObjectNode();
    d.put("v", 10);
    d.set("user", JSON.readTree(FakeDiscordRest.botUser()));
    d.putArray("guilds");
    d.putArray("private_channels");
    d.put("session_id", "session-" + identified.size());
    d.put("resume_gateway_url", url());
    d.putObject("application").put("id", APP_ID).put("flags", 0);
    if (identify.has("shard")) {
      d.set("shard", identify.get("shard"));
    }
    identifies.add(identify);
    send(conn, "READY", d);
    identified.add(conn);
  }

  /** Pushes a dispatch to the first identified session (waits for one). */
  public void dispatch(String type, JsonNode data) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (identified.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    if (identified.isEmpty()) {
      throw new IllegalStateException("no session identified");
    }
    send(identified.get(0), type, data);
  }

  /** Waits until {@code count} sessions identified; their IDENTIFY payloads. */
  public List<JsonNode> awaitIdentifies(int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (identifies.size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    return List.copyOf(identifies);
  }

  private void send(WebSocket conn, String type, JsonNode d) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
    payload.set("d", d);
    conn.send(payload.toString());
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    identified.remove(conn);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // a client going away mid-test is not the test's concern
  }
}
