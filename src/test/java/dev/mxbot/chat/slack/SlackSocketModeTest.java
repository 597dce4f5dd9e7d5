package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.ChatService;
import dev.mxbot.serve.SlackAdapter;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.FakeSocketMode;
import dev.mxbot.testing.SlackHttpRun;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same support conversation over Socket Mode: Bolt asks the (fake) Web API for a WebSocket URL
 * with the app token, the (fake) Socket Mode endpoint says hello and delivers {@code /mx
 * mx-2016.it}; the ack goes back on the socket, the answer to the {@code response_url}.
 */
@DisplayName("Slack, Socket Mode")
class SlackSocketModeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String slashCommandEnvelope(String responseUrl) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", "57d6a792-4d35-4d0b-b6aa-3361493e1caf");
    envelope.put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    envelope
        .putObject("payload")
        .put("token", "legacy-verification-token")
        .put("team_id", "T1DC2JH3J")
        .put("team_domain", "testteamnow")
        .put("channel_id", "C0CHANNEL")
        .put("channel_name", "support")
        .put("user_id", "U2CERLKJA")
        .put("user_name", "roadrunner")
        .put("command", "/mx")
        .put("text", "mx-2016.it")
        .put("api_app_id", "A0APP")
        .put("response_url", responseUrl)
        .put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    return envelope.toString();
  }

  @Test
  @DisplayName(
      "/mx mx-2016.it over Socket Mode: the ack envelope says 'Checking…', the answer reaches"
          + " response_url")
  void socketModeEndToEnd() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      FakeSocketMode socket = new FakeSocketMode(slashCommandEnvelope(slack.responseUrl("sock")));
      socket.start();
      slack.socketUrl(socket.url());
      try (DemoWorld world = DemoWorld.start(c -> c.withSlack(slack.settings()))) {
        ChatService service =
            new SlackAdapter().create(world.app, SlackHttpRun.socketModeSecrets()).orElseThrow();
        assertThat(service.name()).isEqualTo("slack-socket");
        service.start();
        try {
          JsonNode ack = JSON.readTree(socket.nextReceived(10));
          assertThat(ack.path("envelope_id").asText())
              .isEqualTo("57d6a792-4d35-4d0b-b6aa-3361493e1caf");
          assertThat(ack.path("payload").path("response_type").asText()).isEqualTo("ephemeral");
          assertThat(ack.path("payload").path("text").asText()).isEqualTo("Checking mx-2016.it…");

          FakeSlack.Posted answer = slack.nextResponse(10);
          assertThat(answer.path()).isEqualTo("/respond/sock");
          assertThat(answer.body()).contains("are an older OVHcloud set").contains("dns-zone-mx");
          assertThat(service.awaitAnswered(Duration.ofSeconds(30))).as("answers sent").isTrue();
          assertThat(slack.pollResponse(0)).as("exactly one final answer").isNull();
        } finally {
          service.stop();
          socket.stop(1000);
        }
      }
    }
  }
}
