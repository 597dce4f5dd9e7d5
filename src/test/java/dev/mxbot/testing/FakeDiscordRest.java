package dev.mxbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback Discord REST API (JDK HttpServer), just enough for JDA and mxbot: the bot user, {@code
 * gateway/bot}, command registration (GET and PUT, global and per guild, remembered), interaction
 * callbacks and edits of {@code @original}. Every request is recorded with its JSON body.
 */
public final class FakeDiscordRest implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received, with its arrival time ({@link System#nanoTime()}). */
  public record Call(
      String method, String path, JsonNode body, Map<String, List<String>> headers, long nanos) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1_000);
  private volatile String gatewayUrl = "ws://127.0.0.1:1/";
  private volatile int recommendedShards = 1;
  private volatile boolean tokenRefused;

  public FakeDiscordRest() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  FakeDiscordRest gateway(String url, int shards) {
    this.gatewayUrl = url;
    this.recommendedShards = shards;
    return this;
  }

  /** From now on, answers every request 401 Unauthorized, as Discord does for a bad token. */
  public void refuseToken() {
    this.tokenRefused = true;
  }

  /** Commands already registered at {@code path} (e.g. {@code applications/1/commands}). */
  void registered(String path, ArrayNode value) {
    commands.put(path, value);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method, String pathPart) {
    return calls.stream()
        .filter(c -> c.method().equals(method) && c.path().contains(pathPart))
        .toList();
  }

  /** Waits up to 60 s for a call matching {@code wanted}. */
  public Call await(Predicate<Call> wanted) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (Call call : calls) {
        if (wanted.test(call)) {
          return call;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "no such request; got " + calls.stream().map(c -> c.method() + " " + c.path()).toList());
  }

  public Call await(String method, String pathPart) throws InterruptedException {
    return await(c -> c.method().equals(method) && c.path().contains(pathPart));
  }

  /**
   * The message that answered the interaction with {@code token}: the callback's own message when
   * the command was turned away at once (type 4), else the deferred answer's edit.
   */
  public JsonNode answerTo(String token) throws InterruptedException {
    JsonNode callback = await("POST", token + "/callback").body();
    if (callback.path("type").asInt() == 4) {
      return callback.get("data");
    }
    return await("PATCH", token + "/messages/@original").body();
  }

  static String botUser() {
    return "{\"id\":\""
        + FakeDiscordGateway.BOT_ID
        + "\",\"username\":\"mxbot\",\"discriminator\":\"0000\","
        + "\"global_name\":null,\"avatar\":null,\"bot\":true,\"flags\":0,\"mfa_enabled\":true,\"verified\":true}";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10/", "");
    byte[] raw = exchange.getRequestBody().readAllBytes();
    JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
    calls.add(
        new Call(method, path, body, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
    if (tokenRefused) {
      respond(exchange, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
    } else if (method.equals("GET") && path.equals("users/@me")) {
      respond(exchange, 200, botUser());
    } else if (method.equals("GET") && path.equals("gateway/bot")) {
      respond(
          exchange,
          200,
          "{\"url\":\""
              + gatewayUrl
              + "\",\"shards\":"
              + recommendedShards
              + ",\"session_start_limit\":{\"total\":1000,\"remaining\":1000,\"reset_after\":0,\"max_concurrency\":1}}");
    } else if (path.endsWith("/commands") && method.equals("GET")) {
      respond(exchange, 200, commands.getOrDefault(path, JSON.createArrayNode()).toString());
    } else if (path.endsWith("/commands") && method.equals("PUT")) {
      ArrayNode stored = JSON.createArrayNode();
      for (JsonNode command : body) {
        ObjectNode copy = ((ObjectNode) command).deepCopy();
        copy.put("id", Long.toString(ids.incrementAndGet()));
        copy.put("application_id", FakeDiscordGateway.APP_ID);
        copy.put("version", "1");
        stored.add(copy);
      }
      commands.put(path, stored);
      respond(exchange, 200, stored.toString());
    } else if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
      respond(exchange, 204, null);
    } else if (path.matches("webhooks/\\d+/[^/]+/messages/@original") && method.equals("PATCH")) {
      respond(exchange, 200, message(body).toString());
    } else if (path.matches("webhooks/\\d+/[^/]+") && method.equals("POST")) {
      respond(exchange, 200, message(body).toString());
    } else if (method.equals("POST") && path.equals("users/@me/channels")) {
      // a watch's direct message (issue 20): the DM channel with the recipient
      respond(exchange, 200, dmChannel(body.path("recipient_id").asText()));
    } else if (method.equals("POST") && path.matches("channels/\\d+/messages")) {
      ObjectNode sent = message(body);
      sent.put("channel_id", path.split("/")[1]);
      sent.put("flags", 0);
      sent.remove("webhook_id");
      respond(exchange, 200, sent.toString());
    } else {
      respond(exchange, 404, "{\"message\":\"Unknown\",\"code\":0}");
    }
  }

  /** The id of the DM channel the fake opens with {@code user}: {@code 9} and the user's id. */
  public static String dmChannelId(String user) {
    return "9" + user.substring(1);
  }

  private static String dmChannel(String user) {
    return "{\"id\":\""
        + dmChannelId(user)
        + "\",\"type\":1,\"last_message_id\":null,\"recipients\":[{\"id\":\""
        + user
        + "\",\"username\":\"agent\",\"discriminator\":\"0000\",\"global_name\":null,"
        + "\"avatar\":null}]}";
  }

  /** A full message object, as Discord answers an edit. */
  private ObjectNode message(JsonNode body) {
    ObjectNode message = JSON.createObjectNode();
    message.put("id", Long.toString(ids.incrementAndGet()));
    message.put("channel_id", FakeInteractions.CHANNEL_ID);
    message.put("type", 0);
    message.put("content", body != null && body.has("content") ? body.get("content").asText() : "");
    try {
      message.set("author", JSON.readTree(botUser()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    message.put("timestamp", "2026-11-26T10:00:00.000000+00:00");
    message.putNull("edited_timestamp");
    message.put("tts", false);
    message.put("mention_everyone", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    ArrayNode embeds = JSON.createArrayNode();
    if (body != null && body.has("embeds")) {
      body.get("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
    }
    message.set("embeds", embeds);
    message.putArray("components");
    message.put("pinned", false);
    message.put("flags", 64);
    message.put("webhook_id", FakeDiscordGateway.APP_ID);
    message.put("application_id", FakeDiscordGateway.APP_ID);
    return message;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
