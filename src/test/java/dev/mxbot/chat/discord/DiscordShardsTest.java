package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.testing.DiscordWorld;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A replica configured with {@code discord.shards} runs a ShardManager over its shard range. */
@DisplayName("/mx in Discord through a ShardManager")
class DiscordShardsTest {

  @Test
  @DisplayName("with shards 0-1 of 2, both shards log in and /mx is answered as usual")
  void twoShards() throws Exception {
    DiscordSettings sharded =
        new DiscordSettings(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Optional.of(new DiscordSettings.Shards(2, 0, 1)));
    try (DiscordWorld world = DiscordWorld.start(sharded, c -> c)) {
      List<JsonNode> identifies = world.gateway.awaitIdentifies(2);
      assertThat(identifies.stream().map(i -> i.get("shard").toString()))
          .containsExactlyInAnyOrder("[0,2]", "[1,2]");
      assertThat(world.rest.calls("GET", "gateway/bot")).isNotEmpty();

      ObjectNode interaction = world.interactions.slash("domain", "mx-2016.it");
      String token = interaction.get("token").asText();
      world.gateway.dispatch("INTERACTION_CREATE", interaction);

      assertThat(world.rest.await("POST", token + "/callback").body().get("type").asInt())
          .isEqualTo(5);
      JsonNode edit = world.rest.await("PATCH", token + "/messages/@original").body();
      assertThat(edit.get("embeds").get(0).get("title").asText()).contains("mx-2016.it");
    }
  }
}
