package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.config.OpsSettings;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The JSON log switch: one JSON object per line on standard error, text by default. */
@DisplayName("log format")
class LogFormatTest {

  @Test
  @DisplayName("the shipped set-up writes text by default and JSON when MXBOT_LOG_FORMAT=json")
  void shippedConfiguration() throws Exception {
    assertThat(rootAppender(null).getName()).isEqualTo("text");
    Appender<ILoggingEvent> json = rootAppender("json");
    assertThat(json.getName()).isEqualTo("json");
    ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) json;
    assertThat(console.getEncoder()).isInstanceOf(JsonEncoder.class);
    assertThat(console.getTarget()).isEqualTo("System.err");
    JsonNode line = new ObjectMapper().readTree(console.getEncoder().encode(commandLine()));
    assertThat(line.get("formattedMessage").asText()).contains("verdict=warning", "ref=R8728G");
  }

  /** The only appender of the root logger when mxbot sets Logback up with that format. */
  private static Appender<ILoggingEvent> rootAppender(String format) {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context, format == null ? Map.of() : Map.of("MXBOT_LOG_FORMAT", format));
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    var appenders = root.iteratorForAppenders();
    Appender<ILoggingEvent> only = appenders.next();
    assertThat(appenders.hasNext()).isFalse();
    return only;
  }

  @Test
  @DisplayName(
      "levels: WARN unless MXBOT_LOG_LEVEL says otherwise; dnsjava at WARN, the chat SDKs at"
          + " INFO (the log guard), even at DEBUG")
  void levels() {
    LoggerContext quiet = new LoggerContext();
    LogSetup.apply(quiet, Map.of());
    assertThat(quiet.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    assertThat(quiet.getLogger("org.xbill.DNS.SimpleResolver").getEffectiveLevel())
        .isEqualTo(Level.WARN);

    LoggerContext verbose = new LoggerContext();
    LogSetup.apply(verbose, Map.of("MXBOT_LOG_LEVEL", "debug"));
    assertThat(verbose.getLogger("dev.mxbot.cli").getEffectiveLevel()).isEqualTo(Level.DEBUG);
    assertThat(verbose.getLogger("com.slack.api.bolt").isDebugEnabled()).isFalse();
    assertThat(verbose.getLogger("com.slack.api.bolt").isInfoEnabled()).isTrue();
    assertThat(verbose.getLogger("okhttp3").isDebugEnabled()).isFalse();
    assertThat(verbose.getLogger("org.eclipse.jetty.server").isDebugEnabled()).isFalse();
  }

  @Test
  @DisplayName("an operator's logback.xml or -Dlogback.configurationFile takes over")
  void operatorFileWins() {
    ClassLoader bare = new URLClassLoader(new URL[0], null);
    assertThat(LogSetup.fileGiven(null, bare)).isFalse();
    assertThat(LogSetup.fileGiven("/etc/mxbot/logback.xml", bare)).isTrue();
    assertThat(LogSetup.fileGiven(null, LogFormatTest.class.getClassLoader()))
        .as("the tests' logback-test.xml")
        .isTrue();
  }

  /** A command's INFO line as the Slack adapter logs it. */
  private static LoggingEvent commandLine() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    return new LoggingEvent(
        LogFormatTest.class.getName(),
        context.getLogger("dev.mxbot.chat.slack.SlackAnswers"),
        Level.INFO,
        "slack /mx user={} domain={} verdict={} ms={} ref={}",
        null,
        new Object[] {"76e1f892", "mx-2016.it", "warning", 25, "R8728G"});
  }

  @Test
  @DisplayName(
      "ops.logFormat: json swaps the console appender for JSON lines; mxbot logs at INFO, the"
          + " chat SDKs at most INFO")
  void switchAtServe() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> console = root.getAppender("STDERR");
    Level mxbot = context.getLogger("dev.mxbot").getLevel();
    try {
      new LogFormat().apply(new OpsSettings(0, "127.0.0.1", "json"), Map.of());

      assertThat(root.getAppender("STDERR")).isNull();
      @SuppressWarnings("unchecked")
      ConsoleAppender<ILoggingEvent> json =
          (ConsoleAppender<ILoggingEvent>) root.getAppender(LogFormat.JSON_APPENDER);
      assertThat(json.getTarget()).isEqualTo("System.err");
      JsonNode line = new ObjectMapper().readTree(json.getEncoder().encode(commandLine()));
      assertThat(line.get("level").asText()).isEqualTo("INFO");
      assertThat(line.get("formattedMessage").asText()).contains("verdict=warning", "ref=R8728G");
      assertThat(context.getLogger("dev.mxbot").getLevel()).isEqualTo(Level.INFO);
      assertThat(context.getLogger("com.slack.api").isDebugEnabled()).isFalse();
    } finally {
      Appender<ILoggingEvent> json = root.getAppender(LogFormat.JSON_APPENDER);
      if (json != null) {
        root.detachAppender(json);
        json.stop();
      }
      if (console != null) {
        console.start();
        root.addAppender(console);
      }
      context.getLogger("dev.mxbot").setLevel(mxbot);
    }
  }
}
