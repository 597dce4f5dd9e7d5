package dev.mxbot.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.Secrets;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.ServeWorld;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} with each combination of secrets: which adapters start, the one line logged for
 * each adapter started or skipped, and what happens when one of them cannot start.
 */
@DisplayName("serve at start-up, with each combination of secrets")
class ServeStartupTest {

  private static final String SLACK_SKIPPED = "slack not started: SLACK_BOT_TOKEN is not set";
  private static final String DISCORD_SKIPPED = "discord not started: DISCORD_TOKEN is not set";

  @Test
  @DisplayName(
      "no secrets: both adapters are named as skipped and serve, on a terminal, opens the console")
  void noSecrets() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        DemoWorld world = DemoWorld.start()) {
      assertThat(Serve.ADAPTERS.create(world.app, new Secrets(Map.of()))).isEmpty();
      assertThat(logs.messages()).containsExactly(SLACK_SKIPPED, DISCORD_SKIPPED);
    }
  }

  @Test
  @DisplayName("Slack secrets only: slack-socket started, Discord skipped with its variable")
  void slackOnly() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        ServeWorld world = ServeWorld.build(true, false)) {
      assertThat(world.services).extracting(ChatService::name).containsExactly("slack-socket");
      world.serving.start();
      assertThat(logs.messages())
          .contains(DISCORD_SKIPPED, "slack-socket started")
          .noneMatch(m -> m.startsWith("slack not started"));
    }
  }

  @Test
  @DisplayName("Discord secret only: discord started, Slack skipped with its variable")
  void discordOnly() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        ServeWorld world = ServeWorld.build(false, true)) {
      assertThat(world.services).extracting(ChatService::name).containsExactly("discord");
      world.serving.start();
      assertThat(logs.messages())
          .contains(SLACK_SKIPPED, "discord started")
          .noneMatch(m -> m.startsWith("discord not started"));
    }
  }

  @Test
  @DisplayName("both: slack-socket and discord started, nothing skipped")
  void both() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        ServeWorld world = ServeWorld.build(true, true)) {
      world.serving.start();
      assertThat(logs.messages())
          .contains("slack-socket started", "discord started")
          .noneMatch(m -> m.contains("not started"));
      assertThat(world.awaitOps("/readyz", r -> r.statusCode() == 200, 15).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  @DisplayName(
      "when one adapter cannot start, those already started are stopped and start-up fails with"
          + " its clear message")
  void oneFails() throws Exception {
    ChatAdapters discordFirst = new ChatAdapters(List.of(new DiscordAdapter(), new SlackAdapter()));
    try (LogCapture logs = new LogCapture(Level.INFO);
        ServeWorld world = ServeWorld.build(true, true, discordFirst, s -> List.of())) {
      world.slack.close(); // the Web API is gone: auth.test cannot confirm the bot token

      assertThatThrownBy(world.serving::start).isInstanceOf(Exception.class);
      assertThat(logs.messages())
          .contains("discord started")
          .anyMatch(m -> m.startsWith("slack-socket could not start") && m.contains("discord"));
      assertThat(world.services).noneMatch(ChatService::ready);
    }
  }
}
