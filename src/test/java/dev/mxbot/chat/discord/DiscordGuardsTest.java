package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.testing.BusyWorkers;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeInteractions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may use {@code /mx} in Discord, how often, and what happens when the bot is busy. */
@DisplayName("/mx in Discord: access, rate limit, busy")
class DiscordGuardsTest {

  private static final String SUPPORT_ROLE = "500000000000000001";
  private static DiscordWorld world;

  @BeforeAll
  static void start() throws Exception {
    DiscordSettings discord =
        new DiscordSettings(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(FakeInteractions.GUILD_ID),
            List.of(SUPPORT_ROLE),
            Optional.empty());
    world = DiscordWorld.start(discord, DiscordWorld.perMinute(2));
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  private static JsonNode callback(ObjectNode interaction) throws Exception {
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
    return world.rest.await("POST", interaction.get("token").asText() + "/callback").body();
  }

  @Test
  @DisplayName("a member without the support role is told privately that mxbot is not enabled")
  void missingRole() throws Exception {
    world.dns.server.resetLog();
    ObjectNode interaction =
        new FakeInteractions().user("700000000000000010").slash("domain", "mx-2016.it");

    JsonNode callback = callback(interaction);

    assertThat(callback.get("type").asInt()).isEqualTo(4);
    assertThat(callback.get("data").get("flags").asInt() & 64).isEqualTo(64);
    assertThat(callback.get("data").get("content").asText())
        .startsWith("mxbot is not enabled here");
    world.settle();
    assertThat(world.rest.calls("PATCH", interaction.get("token").asText())).isEmpty();
    assertThat(world.dns.server.queries()).as("DNS queries").isEmpty();
  }

  @Test
  @DisplayName("a member of another server is refused, even with a role of the same id")
  void otherGuild() throws Exception {
    world.dns.server.resetLog();
    ObjectNode interaction =
        new FakeInteractions().user("700000000000000011", SUPPORT_ROLE).slash("domain", "x.it");
    interaction.put("guild_id", "800000000000000099");
    ((ObjectNode) interaction.get("guild")).put("id", "800000000000000099");

    JsonNode callback = callback(interaction);

    assertThat(callback.get("type").asInt()).isEqualTo(4);
    assertThat(callback.get("data").get("content").asText()).startsWith("mxbot is not enabled");
    world.settle();
    assertThat(world.rest.calls("PATCH", interaction.get("token").asText())).isEmpty();
    assertThat(world.dns.server.queries()).as("DNS queries").isEmpty();
  }

  @Test
  @DisplayName("an agent with the support role gets the answer; the third check in a minute waits")
  void roleAndRateLimit() throws Exception {
    FakeInteractions agent = new FakeInteractions().user("700000000000000012", SUPPORT_ROLE);
    for (int i = 0; i < 2; i++) {
      ObjectNode ok = agent.slash("domain", "mx-2016.it");
      assertThat(callback(ok).get("type").asInt()).isEqualTo(5);
      world.rest.await("PATCH", ok.get("token").asText());
    }

    JsonNode third = callback(agent.slash("domain", "mx-2016.it"));

    assertThat(third.get("type").asInt()).isEqualTo(4);
    assertThat(third.get("data").get("flags").asInt() & 64).isEqualTo(64);
    assertThat(third.get("data").get("content").asText())
        .startsWith("You have run many checks in the last minute: please try again in");
  }

  @Test
  @DisplayName(
      "when every diagnosis worker is taken, new work is answered 'busy' at once, privately")
  @SuppressWarnings("try") // busy only has to hold every worker for the block
  void busy() throws Exception {
    try (BusyWorkers busy = BusyWorkers.take(world.dns.app.get(CommandExecutor.class))) {
      ObjectNode interaction =
          new FakeInteractions()
              .user("700000000000000013", SUPPORT_ROLE)
              .slash("domain", "spf-none.it");

      JsonNode callback = callback(interaction);
      assertThat(callback.get("type").asInt()).isEqualTo(4);
      assertThat(callback.get("data").get("flags").asInt() & 64).isEqualTo(64);
      assertThat(callback.get("data").get("content").asText())
          .startsWith("I'm busy with many checks right now");
    }
  }
}
