package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.Secrets;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.serve.SlackAdapter;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.SlackHttpRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@code serve} does with the Slack secrets it finds, before and at start. */
@DisplayName("Slack at start-up")
class SlackStartupTest {

  @Test
  @DisplayName(
      "without SLACK_BOT_TOKEN, or with neither an app token nor a signing secret, Slack is not started")
  void notConfigured() throws Exception {
    SlackAdapter adapter = new SlackAdapter();
    try (DemoWorld world = DemoWorld.start()) {
      assertThat(adapter.create(world.app, new Secrets(Map.of()))).isEmpty();
      assertThat(adapter.missing(new Secrets(Map.of()))).contains("SLACK_BOT_TOKEN");
      Secrets botOnly = new Secrets(Map.of(Secrets.SLACK_BOT_TOKEN, SlackHttpRun.BOT_TOKEN));
      assertThat(adapter.create(world.app, botOnly)).isEmpty();
      assertThat(adapter.missing(botOnly)).contains("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET");
    }
  }

  @Test
  @DisplayName(
      "when the Slack Web API cannot be reached, start-up stops with a line that says so, not"
          + " that the token is invalid, and does not show the token")
  void tokenNotConfirmed() throws Exception {
    int closed = SlackHttpRun.freePort();
    int port = SlackHttpRun.freePort();
    try (DemoWorld world =
        DemoWorld.start(
            c ->
                c.withSlack(
                    new SlackSettings(
                        "http",
                        port,
                        "/slack/events",
                        "http://127.0.0.1:" + closed + "/api/",
                        List.of(),
                        List.of(),
                        Map.of())))) {
      ChatService service =
          new SlackAdapter()
              .create(
                  world.app,
                  new Secrets(
                      Map.of(
                          Secrets.SLACK_BOT_TOKEN, SlackHttpRun.BOT_TOKEN,
                          Secrets.SLACK_SIGNING_SECRET, SlackHttpRun.SIGNING_SECRET)))
              .orElseThrow();
      assertThat(service.name()).isEqualTo("slack-http");

      assertThatThrownBy(service::start)
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(
              "slack: cannot reach the Slack Web API at http://127.0.0.1:" + closed + "/api/ (")
          .hasMessageEndingWith("The token was not checked.")
          .hasMessageNotContaining("invalid")
          .message()
          .doesNotContain(SlackHttpRun.BOT_TOKEN)
          .doesNotContain(SlackHttpRun.SIGNING_SECRET);
      service.stop();
    }
  }
}
