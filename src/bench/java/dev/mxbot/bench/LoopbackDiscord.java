package dev.mxbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A loopback stand-in for Discord during {@code bench}: a gateway ({@link LoopbackDiscordGateway},
 * WebSocket) and a REST API ({@link LoopbackDiscordRest}, JDK HttpServer), both on 127.0.0.1 and a
 * free port, just enough for JDA to log in, become ready and answer slash commands. The benchmark
 * dispatches an {@code INTERACTION_CREATE} for {@code /mx} ({@link SlashInteraction}) to the latest
 * session and waits for the bot's acknowledgement, the interaction callback {@code POST
 * /interactions/{id}/{token}/callback}. The time is the benchmark's own, taken just before the
 * dispatch is sent and as soon as the callback reaches the REST server's handler, so it includes
 * the loopback both ways and JDA's REST client. Safe for concurrent use; close it after use.
 */
final class LoopbackDiscord implements AutoCloseable {

  /**
   * The bot's acknowledgement of one dispatched interaction.
   *
   * @param millis from just before the dispatch was sent to the callback's arrival, ms
   * @param callback the callback's JSON body ({@code type} 5: deferred; 4: answered at once)
   */
  record Ack(double millis, JsonNode callback) {}

  private final LoopbackDiscordGateway gateway;
  private final LoopbackDiscordRest rest;
  private final Map<String, CompletableFuture<LoopbackDiscordRest.Callback>> pending;

  private LoopbackDiscord(
      LoopbackDiscordGateway gateway,
      LoopbackDiscordRest rest,
      Map<String, CompletableFuture<LoopbackDiscordRest.Callback>> pending) {
    this.gateway = gateway;
    this.rest = rest;
    this.pending = pending;
  }

  /** Starts the gateway and the REST API on free loopback ports; waits until both listen. */
  static LoopbackDiscord start() throws IOException {
    Map<String, CompletableFuture<LoopbackDiscordRest.Callback>> pending =
        new ConcurrentHashMap<>();
    LoopbackDiscordGateway gateway = LoopbackDiscordGateway.start();
    try {
      LoopbackDiscordRest rest =
          LoopbackDiscordRest.start(gateway.url(), callback -> called(pending, callback));
      return new LoopbackDiscord(gateway, rest, pending);
    } catch (IOException | RuntimeException e) {
      gateway.close();
      throw e;
    }
  }

  /** The REST base URL to give JDA ({@code discord.restUrl}). */
  String restUrl() {
    return rest.url();
  }

  /** The gateway URL to give JDA ({@code discord.gatewayUrl}). */
  String gatewayUrl() {
    return gateway.url();
  }

  /** How many sessions were sent READY so far (one per identified connection). */
  int readies() {
    return gateway.readies();
  }

  /**
   * Dispatches {@code /mx} with {@code options} (name, value, name, value...) typed by {@code user}
   * to the latest READY session, and waits up to {@code timeout} for its callback.
   *
   * @throws IllegalStateException if no session is open
   * @throws TimeoutException if the callback did not come in time
   */
  Ack command(String user, Duration timeout, String... options)
      throws InterruptedException, TimeoutException {
    ObjectNode interaction = SlashInteraction.mx(user, options);
    String token = interaction.path("token").asText();
    CompletableFuture<LoopbackDiscordRest.Callback> callback = new CompletableFuture<>();
    pending.put(token, callback);
    try {
      long sent = System.nanoTime();
      gateway.dispatch("INTERACTION_CREATE", interaction);
      LoopbackDiscordRest.Callback arrival = callback.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Ack((arrival.nanos() - sent) / 1e6, arrival.body());
    } catch (ExecutionException e) {
      throw new IllegalStateException("callback of interaction " + token, e.getCause());
    } finally {
      pending.remove(token);
    }
  }

  /** Completes the pending command whose token {@code callback} carries, if any. */
  private static void called(
      Map<String, CompletableFuture<LoopbackDiscordRest.Callback>> pending,
      LoopbackDiscordRest.Callback callback) {
    CompletableFuture<LoopbackDiscordRest.Callback> waiting = pending.get(callback.token());
    if (waiting != null) {
      waiting.complete(callback);
    }
  }

  @Override
  public void close() {
    rest.close();
    gateway.close();
  }
}
