package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.configfile.YamlTrees;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The app manifests an admin pastes into Slack declare what the adapter serves, and no more. */
@DisplayName("Slack app manifests")
class SlackManifestTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"manifest.yaml, true", "manifest-http.yaml, false"})
  void manifest(String file, boolean socketMode) throws Exception {
    JsonNode root = YamlTrees.read(Path.of("deploy/slack", file));

    JsonNode command = root.at("/features/slash_commands/0");
    assertThat(command.path("command").asText()).isEqualTo("/mx");
    assertThat(command.path("usage_hint").asText()).startsWith("customer.it");
    assertThat(root.at("/oauth_config/scopes/bot").toString())
        .isEqualTo("[\"commands\",\"im:write\",\"chat:write\"]");
    assertThat(root.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
    assertThat(root.at("/settings/socket_mode_enabled").asBoolean()).isEqualTo(socketMode);
    if (!socketMode) {
      assertThat(command.path("url").asText()).endsWith("/slack/events");
      assertThat(root.at("/settings/interactivity/request_url").asText()).endsWith("/slack/events");
    }
  }
}
