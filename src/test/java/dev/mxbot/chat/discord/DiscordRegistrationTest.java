package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeDiscordGateway;
import dev.mxbot.testing.FakeDiscordRest;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.LogCapture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How {@code /mx} gets registered with Discord, and that a restart uploads nothing. */
@DisplayName("/mx registration in Discord")
class DiscordRegistrationTest {

  private static final String GUILD_COMMANDS =
      "applications/"
          + FakeDiscordGateway.APP_ID
          + "/guilds/"
          + FakeInteractions.GUILD_ID
          + "/commands";

  private static DiscordSettings inGuild() {
    return new DiscordSettings(
        Optional.empty(),
        Optional.empty(),
        List.of(FakeInteractions.GUILD_ID),
        List.of(),
        List.of(),
        Optional.empty());
  }

  @Test
  @DisplayName(
      "with a support server configured, /mx is put in that server at once, described in seven"
          + " languages; a restart finds it there and uploads nothing")
  void guildRegistrationIsIdempotent() throws Exception {
    FakeDiscordGateway gateway = new FakeDiscordGateway().begin();
    try (FakeDiscordRest rest = new FakeDiscordRest()) {
      DiscordWorld first = DiscordWorld.start(gateway, rest, inGuild(), c -> c);
      FakeDiscordRest.Call put = rest.await("PUT", GUILD_COMMANDS);
      first.stopBot();

      JsonNode mx = put.body().get(0);
      assertThat(mx.get("name").asText()).isEqualTo("mx");
      assertThat(mx.get("description_localizations").get("pt-BR").asText())
          .startsWith("Verifica o DNS de e-mail");
      assertThat(mx.get("description_localizations").get("it").asText()).startsWith("Controlla");
      assertThat(mx.get("description_localizations").has("fr")).isTrue();
      assertThat(mx.get("description_localizations").has("de")).isTrue();
      assertThat(mx.get("description_localizations").has("es-ES")).isTrue();
      assertThat(mx.get("description_localizations").has("pl")).isTrue();
      assertThat(mx.get("default_member_permissions").asText()).isEqualTo("2048");
      JsonNode options = mx.get("options");
      assertThat(options).hasSize(5);
      assertThat(options.get(0).get("name").asText()).isEqualTo("domain");
      assertThat(options.get(0).get("required").asBoolean()).isTrue();
      assertThat(options.get(0).get("description_localizations").get("pt-BR").asText())
          .startsWith("O domínio");
      assertThat(options.get(0).get("description").asText())
          .as("/mx watch is typed in the domain field")
          .contains("watch <domain> [for=48h], watches, unwatch <domain>");
      options
          .get(0)
          .get("description_localizations")
          .forEach(d -> assertThat(d.asText()).contains("watch <").hasSizeLessThanOrEqualTo(100));
      assertThat(options.get(2).get("type").asInt()).isEqualTo(5);
      assertThat(options.get(3).get("choices")).hasSize(7);
      assertThat(options.get(4).get("name").asText()).isEqualTo("reply");
      assertThat(options.get(4).get("choices")).hasSize(7);

      try (LogCapture logs = new LogCapture(Level.INFO)) {
        DiscordWorld second = DiscordWorld.start(gateway, rest, inGuild(), c -> c);
        logs.await("discord: /mx already registered (guild " + FakeInteractions.GUILD_ID + ")");
        second.stopBot();
      }

      assertThat(rest.calls("PUT", "/commands")).hasSize(1);
      assertThat(rest.calls("GET", GUILD_COMMANDS)).hasSize(2);
    } finally {
      gateway.stop(1000);
    }
  }

  @Test
  @DisplayName("without a support server configured, /mx is registered globally")
  void globalRegistration() throws Exception {
    try (DiscordWorld world = DiscordWorld.start()) {
      FakeDiscordRest.Call put =
          world.rest.await("PUT", "applications/" + FakeDiscordGateway.APP_ID + "/commands");
      assertThat(put.body().get(0).get("name").asText()).isEqualTo("mx");
      assertThat(world.rest.calls("PUT", "/guilds/")).isEmpty();
    }
  }
}
