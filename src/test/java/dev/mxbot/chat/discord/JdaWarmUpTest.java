package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.LogCapture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord's start reads a made-up /mx with JDA's own classes, and sends nothing of it")
class JdaWarmUpTest {

  @Test
  @DisplayName(
      "after start: JDA read the made-up interaction, no request or answer went out for it, and"
          + " a real /mx is answered as usual")
  void readsAndSendsNothing() throws Exception {
    try (LogCapture logs = new LogCapture(Level.DEBUG);
        DiscordWorld world = DiscordWorld.start()) {
      world.settle();

      assertThat(logs.messages()).anyMatch(m -> m.contains("JDA read a made-up /mx"));
      assertThat(logs.messages()).noneMatch(m -> m.contains("JDA's interaction not read"));
      assertThat(world.rest.calls())
          .noneMatch(c -> c.path().contains("warm-up"))
          .noneMatch(c -> c.path().contains("/interactions/"));
      assertThat(logs.messages()).noneMatch(m -> m.contains("warm-up.invalid"));

      var interaction = world.interactions.slash("domain", "mx-2016.it");
      String token = interaction.get("token").asText();
      world.gateway.dispatch("INTERACTION_CREATE", interaction);
      JsonNode callback = world.rest.await("POST", token + "/callback").body();
      assertThat(callback.get("type").asInt()).isEqualTo(5);
      assertThat(world.rest.answerTo(token).toString()).contains("mx-2016.it");
    }
  }

  @Test
  @DisplayName("with shards, the first shard of this replica reads it")
  void sharded() throws Exception {
    DiscordSettings sharded =
        new DiscordSettings(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Optional.of(new DiscordSettings.Shards(2, 0, 1)));
    try (LogCapture logs = new LogCapture(Level.DEBUG);
        DiscordWorld world = DiscordWorld.start(sharded, c -> c)) {
      world.gateway.awaitIdentifies(2);

      assertThat(logs.messages()).anyMatch(m -> m.contains("JDA read a made-up /mx"));
    }
  }
}
