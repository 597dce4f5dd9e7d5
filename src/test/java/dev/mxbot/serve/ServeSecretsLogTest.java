package dev.mxbot.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.ServeWorld;
import dev.mxbot.testing.SlackHttpRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole {@code serve} run — both adapters, real-looking tokens, a few commands, a scrape of the
 * ops endpoints, shutdown — with the root logger at DEBUG (the chat SDKs stay capped at INFO, as
 * {@code serve} caps them): no token, no secret, no raw payload in any log event, nor in what the
 * ops listener shows.
 */
@DisplayName("serve never logs a secret or a raw payload")
class ServeSecretsLogTest {

  @Test
  @DisplayName("xoxb-, xapp-, the signing secret and the Discord token appear nowhere")
  void noSecretsAnywhere() throws Exception {
    List<String> shown = new ArrayList<>();
    List<String> logged;
    try (LogCapture logs = new LogCapture(Level.DEBUG)) {
      try (ServeWorld world =
          ServeWorld.build(
              true,
              true,
              Serve.ADAPTERS,
              slack ->
                  List.of(
                      ServeWorld.slashEnvelope(slack, "mx-2016.it", "one"),
                      ServeWorld.slashEnvelope(slack, "not a domain", "two")))) {
        world.serving.start();
        world.slack.nextResponse(10);
        for (String domain : List.of("spf-none.it", "192.0.2.1")) {
          ObjectNode interaction = new FakeInteractions().slash("domain", domain);
          world.gateway.dispatch("INTERACTION_CREATE", interaction);
          world.rest.answerTo(interaction.get("token").asText());
        }
        for (String path : List.of("/healthz", "/readyz", "/metrics")) {
          shown.add(world.ops(path).body());
        }
      }
      logged = logs.everything();
    }

    assertThat(logged)
        .as("the run logged its commands")
        .anyMatch(l -> l.contains("slack /mx user=") && l.contains("ref="))
        .anyMatch(l -> l.contains("discord /mx user=") && l.contains("ref="));
    List<String> everything = new ArrayList<>(logged);
    everything.addAll(shown);
    for (String secret :
        List.of(
            SlackHttpRun.BOT_TOKEN,
            SlackHttpRun.APP_TOKEN,
            SlackHttpRun.SIGNING_SECRET,
            ServeWorld.DISCORD_TOKEN,
            ServeWorld.DISCORD_TOKEN.substring(ServeWorld.DISCORD_TOKEN.lastIndexOf('.') + 1),
            "xoxb-",
            "xapp-",
            "legacy-verification-token",
            "interaction-token-")) {
      assertThat(everything).as(secret).noneMatch(line -> line.contains(secret));
    }
  }
}
