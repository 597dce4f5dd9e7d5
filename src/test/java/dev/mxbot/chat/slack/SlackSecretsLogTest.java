package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.mxbot.testing.SlackHttpRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A whole HTTP-mode session — start, a command, a forged request, stop — with every logger at
 * DEBUG: neither the bot token nor the signing secret ever appears in a log line or a stack trace.
 */
@DisplayName("Slack secrets are never logged")
class SlackSecretsLogTest {

  @Test
  @DisplayName("xoxb- token and signing secret appear in no log event of a full HTTP-mode run")
  void noSecretsInLogs() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger jetty = (Logger) LoggerFactory.getLogger("org.eclipse.jetty");
    Level rootLevel = root.getLevel();
    Level jettyLevel = jetty.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.DEBUG);
    jetty.setLevel(Level.INFO);
    try (SlackHttpRun run = SlackHttpRun.start()) {
      run.post(run.slashCommand("mx-2016.it", "logged"));
      run.slack.nextResponse(10);
      String body = run.slashCommand("mx-2016.it", "forged");
      run.post(body, "1531420618", "v0=00");
    } finally {
      root.detachAppender(logs);
      root.setLevel(rootLevel);
      jetty.setLevel(jettyLevel);
    }

    List<String> texts = new ArrayList<>();
    for (ILoggingEvent event : logs.list) {
      texts.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        texts.add(t.getMessage());
      }
    }
    assertThat(texts).as("something was logged at all").isNotEmpty();
    assertThat(texts)
        .noneMatch(t -> t != null && t.contains(SlackHttpRun.BOT_TOKEN))
        .noneMatch(t -> t != null && t.contains(SlackHttpRun.SIGNING_SECRET))
        .noneMatch(t -> t != null && t.contains("xoxb-"))
        .noneMatch(t -> t != null && t.contains("xapp-"));
  }
}
