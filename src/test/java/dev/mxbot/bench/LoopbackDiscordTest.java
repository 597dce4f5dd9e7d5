package dev.mxbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.config.Secrets;
import dev.mxbot.serve.DiscordAdapter;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.DiscordWorld;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's loopback Discord: driven by mxbot's own Discord adapter (JDA, as {@code serve}
 * wires it, on the demo world), and by a bare gateway client of the test's own.
 */
@DisplayName("bench LoopbackDiscord")
class LoopbackDiscordTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  @DisplayName(
      "mxbot's Discord adapter logs in, becomes ready on the gateway's READY and defers a"
          + " dispatched /mx (callback type 5), each command on a callback of its own")
  void theDiscordAdapterConnectsAndAcknowledges() throws Exception {
    try (LoopbackDiscord discord = LoopbackDiscord.start();
        DemoWorld world =
            DemoWorld.start(
                config ->
                    config
                        .withChecksPerUserPerMinute(1000)
                        .withDiscord(
                            new DiscordSettings(
                                Optional.of(discord.restUrl()),
                                Optional.of(discord.gatewayUrl()),
                                List.of(),
                                List.of(),
                                List.of(),
                                Optional.empty())))) {
      ChatService service =
          new DiscordAdapter()
              .create(world.app, new Secrets(Map.of("DISCORD_TOKEN", DiscordWorld.TOKEN)))
              .orElseThrow();
      service.start();
      try {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!service.ready() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(service.ready()).as("ready").isTrue();
        assertThat(discord.readies()).as("sessions sent READY").isEqualTo(1);

        for (int i = 0; i < 2; i++) {
          LoopbackDiscord.Ack ack =
              discord.command(
                  "72000000000000000" + i, WAIT, "domain", "ovh-customer.it", "dkim", "s" + i);
          assertThat(ack.callback().path("type").asInt()).as("deferred").isEqualTo(5);
          assertThat(ack.millis()).isPositive();
        }
        assertThat(service.awaitAnswered(WAIT)).as("every answer sent").isTrue();
      } finally {
        service.stop();
      }
    }
  }

  @Test
  @DisplayName(
      "the gateway says HELLO, ACKs heartbeats and answers IDENTIFY with READY; /mx goes out as"
          + " INTERACTION_CREATE with its options and a fresh token; no ack times out; no"
          + " session fails at once")
  void gatewayAndTimeout() throws Exception {
    try (LoopbackDiscord discord = LoopbackDiscord.start()) {
      assertThatThrownBy(() -> discord.command("1", WAIT, "domain", "a.it"))
          .isInstanceOf(IllegalStateException.class);

      Client client = new Client(URI.create(discord.gatewayUrl()));
      try {
        assertThat(client.connectBlocking(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(client.next().path("op").asInt()).as("HELLO").isEqualTo(10);
        client.send("{\"op\":1,\"d\":null}");
        assertThat(client.next().path("op").asInt()).as("heartbeat ACK").isEqualTo(11);
        client.send("{\"op\":2,\"d\":{\"token\":\"t\",\"intents\":0,\"properties\":{}}}");
        JsonNode ready = client.next();
        assertThat(ready.path("t").asText()).isEqualTo("READY");
        assertThat(ready.path("d").path("user").path("id").asText())
            .isEqualTo(SlashInteraction.APP_ID);
        assertThat(discord.readies()).isEqualTo(1);

        assertThatThrownBy(
                () ->
                    discord.command(
                        "720000000000000009",
                        Duration.ofMillis(200),
                        "domain",
                        "ovh-customer.it",
                        "dkim",
                        "s9"))
            .isInstanceOf(TimeoutException.class);
        JsonNode dispatch = client.next();
        assertThat(dispatch.path("t").asText()).isEqualTo("INTERACTION_CREATE");
        JsonNode interaction = dispatch.path("d");
        assertThat(interaction.path("type").asInt()).isEqualTo(2);
        assertThat(interaction.path("token").asText()).startsWith("bench-interaction-");
        assertThat(interaction.path("member").path("user").path("id").asText())
            .isEqualTo("720000000000000009");
        assertThat(interaction.path("data").path("name").asText()).isEqualTo("mx");
        assertThat(interaction.path("data").path("options").toString())
            .contains("\"name\":\"domain\"", "\"value\":\"ovh-customer.it\"")
            .contains("\"name\":\"dkim\"", "\"value\":\"s9\"");
      } finally {
        client.closeBlocking();
      }
    }
  }

  /** A bare gateway client: keeps what it receives, as JSON. */
  private static final class Client extends WebSocketClient {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    Client(URI uri) {
      super(uri);
    }

    JsonNode next() throws Exception {
      String message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(message).as("a message from the gateway").isNotNull();
      return JSON.readTree(message);
    }

    @Override
    public void onMessage(String message) {
      received.add(message);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onClose(int code, String reason, boolean remote) {}

    @Override
    public void onError(Exception ex) {}
  }
}
