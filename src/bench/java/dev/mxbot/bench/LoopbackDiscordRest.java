package dev.mxbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST API of the {@link LoopbackDiscord} (JDK HttpServer on 127.0.0.1, a free port), just
 * enough for JDA and mxbot: the bot user ({@code users/@me}), {@code gateway/bot} (the loopback
 * gateway), the command set (GET and PUT, remembered, so a second start finds {@code /mx} already
 * registered as after a real restart), interaction callbacks (204, handed to a listener with their
 * arrival time), and the answers' edits and follow-ups (a message like Discord's). Anything else is
 * 404. Safe for concurrent use; close it after use.
 */
final class LoopbackDiscordRest implements AutoCloseable {

  /**
   * An interaction callback as it arrived.
   *
   * @param token the interaction's token (from the path)
   * @param nanos when ({@link System#nanoTime()}) the request reached the handler
   * @param body its JSON body (null if empty)
   */
  record Callback(String token, long nanos, JsonNode body) {}

  private static final String PREFIX = "/api/v10/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/([^/]+)/callback");

  private final HttpServer server;
  private final ExecutorService threads;
  private final String gatewayUrl;
  private final Consumer<Callback> callbacks;
  private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1_000);

  private LoopbackDiscordRest(
      HttpServer server, ExecutorService threads, String gatewayUrl, Consumer<Callback> callbacks) {
    this.server = server;
    this.threads = threads;
    this.gatewayUrl = gatewayUrl;
    this.callbacks = callbacks;
  }

  /**
   * Starts the API on a free loopback port: {@code gateway/bot} answers {@code gatewayUrl}, every
   * interaction callback goes to {@code callbacks} (on a server thread).
   */
  static LoopbackDiscordRest start(String gatewayUrl, Consumer<Callback> callbacks)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    ExecutorService threads = Executors.newFixedThreadPool(4, LoopbackDiscordRest::daemon);
    server.setExecutor(threads);
    LoopbackDiscordRest rest = new LoopbackDiscordRest(server, threads, gatewayUrl, callbacks);
    server.createContext("/", rest::handle);
    server.start();
    return rest;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "bench-discord-rest");
    thread.setDaemon(true);
    return thread;
  }

  /** The REST base URL ({@code discord.restUrl}). */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
  }

  private void handle(HttpExchange exchange) throws IOException {
    long nanos = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    path = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    byte[] raw = exchange.getRequestBody().readAllBytes();
    JsonNode body = json(raw);
    Matcher callback = CALLBACK.matcher(path);
    if (method.equals("POST") && callback.matches()) {
      respond(exchange, 204, null);
      callbacks.accept(new Callback(callback.group(1), nanos, body));
    } else if (method.equals("GET") && path.equals("users/@me")) {
      respond(exchange, 200, SlashInteraction.botUser().toString());
    } else if (method.equals("GET") && path.equals("gateway/bot")) {
      respond(
          exchange,
          200,
          "{\"url\":\""
              + gatewayUrl
              + "\",\"shards\":1,\"session_start_limit\":{\"total\":1000,\"remaining\":1000,"
              + "\"reset_after\":0,\"max_concurrency\":1}}");
    } else if (path.endsWith("/commands") && method.equals("GET")) {
      respond(exchange, 200, commands.getOrDefault(path, JSON.createArrayNode()).toString());
    } else if (path.endsWith("/commands") && method.equals("PUT") && body != null) {
      respond(exchange, 200, register(path, body).toString());
    } else if (path.matches("webhooks/\\d+/[^/]+(/messages/@original)?")
        && (method.equals("PATCH") || method.equals("POST"))) {
      respond(exchange, 200, message(body).toString());
    } else {
      respond(exchange, 404, "{\"message\":\"Unknown\",\"code\":0}");
    }
  }

  /** The request's JSON body; null when empty or not JSON (a multipart upload). */
  private static JsonNode json(byte[] raw) {
    if (raw.length == 0) {
      return null;
    }
    try {
      return JSON.readTree(raw);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** Stores the command set PUT at {@code path}, with the ids Discord would give it. */
  private ArrayNode register(String path, JsonNode body) {
    ArrayNode stored = JSON.createArrayNode();
    for (JsonNode command : body) {
      ObjectNode copy = ((ObjectNode) command).deepCopy();
      copy.put("id", Long.toString(ids.incrementAndGet()));
      copy.put("application_id", SlashInteraction.APP_ID);
      copy.put("version", "1");
      stored.add(copy);
    }
    commands.put(path, stored);
    return stored;
  }

  /** A full message object with the content and embeds of {@code body}, as Discord answers. */
  private ObjectNode message(JsonNode body) {
    ObjectNode message = JSON.createObjectNode();
    message.put("id", Long.toString(ids.incrementAndGet()));
    message.put("channel_id", SlashInteraction.CHANNEL_ID);
    message.put("type", 0);
    message.put("content", body != null && body.has("content") ? body.get("content").asText() : "");
    message.set("author", SlashInteraction.botUser());
    message.put("timestamp", "2026-11-26T10:00:00.000000+00:00");
    message.putNull("edited_timestamp");
    message.put("tts", false);
    message.put("mention_everyone", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    ArrayNode embeds = message.putArray("embeds");
    if (body != null && body.has("embeds")) {
      body.get("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
    }
    message.putArray("components");
    message.put("pinned", false);
    message.put("flags", 64);
    message.put("webhook_id", SlashInteraction.APP_ID);
    message.put("application_id", SlashInteraction.APP_ID);
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
    threads.shutdownNow();
  }
}
