package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeDiscordGateway;
import dev.mxbot.testing.FakeDiscordRest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The bot token is a secret: it is used, and never written to the logs, even at DEBUG. */
@DisplayName("the Discord token never reaches the logs")
class DiscordTokenLogTest {

  @Test
  @DisplayName("start-up, a command, a bad command and shutdown log nothing of the token")
  void tokenNotLogged() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    ch.qos.logback.core.Appender<ILoggingEvent> console = root.getAppender("STDERR");
    root.detachAppender("STDERR"); // keep the build log quiet while everything logs at DEBUG
    root.setLevel(Level.DEBUG);
    try (DiscordWorld world = DiscordWorld.start()) {
      for (String domain : List.of("mx-2016.it", "not a domain")) {
        ObjectNode interaction = world.interactions.slash("domain", domain);
        world.gateway.dispatch("INTERACTION_CREATE", interaction);
        world.rest.answerTo(interaction.get("token").asText());
      }
      assertThat(world.rest.calls().get(0).headers().get("Authorization"))
          .containsExactly("Bot " + DiscordWorld.TOKEN);
    } finally {
      root.setLevel(before);
      root.detachAppender(captured);
      if (console != null) {
        root.addAppender(console);
      }
    }

    assertThat(captured.list).isNotEmpty();
    String secretPart = DiscordWorld.TOKEN.substring(DiscordWorld.TOKEN.indexOf('.') + 1);
    for (ILoggingEvent event : captured.list) {
      String all =
          event.getFormattedMessage()
              + " "
              + event.getLoggerName()
              + " "
              + event.getThreadName()
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      assertThat(all).doesNotContain(DiscordWorld.TOKEN).doesNotContain(secretPart);
    }
  }

  @Test
  @DisplayName("a token Discord refuses stops start-up with a clear sentence, without the token")
  void refusedToken() throws Exception {
    FakeDiscordGateway gateway = new FakeDiscordGateway().begin();
    try (FakeDiscordRest rest = new FakeDiscordRest()) {
      rest.refuseToken();

      assertThatThrownBy(
              () -> DiscordWorld.start(gateway, rest, DiscordSettings.DEFAULTS, c -> c).close())
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("DISCORD_TOKEN: Discord refused the bot token")
          .hasMessageNotContaining(DiscordWorld.TOKEN);
    } finally {
      gateway.stop(1000);
    }
  }
}
