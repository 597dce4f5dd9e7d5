package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.mxbot.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayName("a check's logging: Logback set up only when a line is written")
class DeferredLoggerTest {

  private final List<String> setUps = new ArrayList<>();

  private DeferredLogger logger(String name, Level level) {
    return new DeferredLogger(
        name,
        level,
        asked -> {
          setUps.add(asked);
          return LoggerFactory.getLogger(asked);
        });
  }

  @Test
  @DisplayName("lines below the level are dropped without setting Logback up")
  void belowTheLevel() {
    DeferredLogger logger = logger("dev.mxbot.cli.CheckWiring", Level.WARN);

    logger.debug("asked {}", "example.it");
    logger.info("answered");

    assertThat(logger.isDebugEnabled()).isFalse();
    assertThat(logger.isInfoEnabled()).isFalse();
    assertThat(logger.isWarnEnabled()).isTrue();
    assertThat(logger.isErrorEnabled()).isTrue();
    assertThat(setUps).isEmpty();
  }

  @Test
  @DisplayName("the first line at the level goes to Logback's logger of the same name, once set up")
  void firstLineSetsUp() {
    DeferredLogger logger = logger("dev.mxbot.cli.Lifecycle", Level.WARN);
    IllegalStateException failure = new IllegalStateException("socket already closed");

    try (LogCapture capture = new LogCapture(ch.qos.logback.classic.Level.DEBUG)) {
      logger.warn("closing {} failed ({})", "DnsjavaDns", "IOException");
      logger.error("unexpected failure, ref {}", "K3F9", failure);
      logger.debug("not at this logger's level");

      assertThat(capture.messages())
          .containsExactly(
              "closing DnsjavaDns failed (IOException)", "unexpected failure, ref K3F9");
      ILoggingEvent error = capture.events().get(1);
      assertThat(error.getLoggerName()).isEqualTo("dev.mxbot.cli.Lifecycle");
      assertThat(error.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
      assertThat(error.getThrowableProxy().getMessage()).isEqualTo("socket already closed");
    }
    assertThat(setUps).containsExactly("dev.mxbot.cli.Lifecycle");
  }

  @Test
  @DisplayName("levels are LogSetup's: MXBOT_LOG_LEVEL for mxbot, dnsjava capped at WARN")
  void levelsOfLogSetup() {
    Level debug = LogSetup.rootLevel(Map.of("MXBOT_LOG_LEVEL", "DEBUG"));

    assertThat(LogSetup.rootLevel(Map.of())).isEqualTo(Level.WARN);
    assertThat(LogSetup.levelOf("dev.mxbot.dns.DnsjavaDns", debug)).isEqualTo(Level.DEBUG);
    assertThat(LogSetup.levelOf("org.xbill.DNS", debug)).isEqualTo(Level.WARN);
    assertThat(LogSetup.levelOf("org.xbill.DNS.NioUdpClient", debug)).isEqualTo(Level.WARN);
    assertThat(LogSetup.levelOf("org.xbill.DNSSEC", debug)).isEqualTo(Level.DEBUG);
  }

  @Test
  @DisplayName("asked for only where no operator's file can set levels: no file named, one jar")
  void onlyWhereItSuits() {
    assertThat(DeferredLogging.propertiesFor(system("/opt/mxbot/target/mxbot.jar")))
        .containsExactly(
            entry("slf4j.provider", "dev.mxbot.ops.DeferredLogging"),
            entry("slf4j.internal.verbosity", "WARN"));
    assertThat(DeferredLogging.propertiesFor(system("/opt/mxbot.jar:/etc/mxbot"))).isEmpty();
    assertThat(DeferredLogging.propertiesFor(system("target/classes"))).isEmpty();
    Properties named = system("/opt/mxbot.jar");
    named.setProperty("logback.configurationFile", "/etc/mxbot/logback.xml");
    assertThat(DeferredLogging.propertiesFor(named)).isEmpty();
    Properties provider = system("/opt/mxbot.jar");
    provider.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
    assertThat(DeferredLogging.propertiesFor(provider)).isEmpty();
    Properties verbose = system("/opt/mxbot.jar");
    verbose.setProperty("slf4j.internal.verbosity", "DEBUG");
    assertThat(DeferredLogging.propertiesFor(verbose)).containsOnlyKeys("slf4j.provider");
  }

  private static Properties system(String classPath) {
    Properties properties = new Properties();
    properties.setProperty("java.class.path", classPath);
    properties.setProperty("path.separator", ":");
    return properties;
  }

  @Test
  @DisplayName("a logger of the provider knows its level before Logback exists")
  void providerGivesLevels() {
    Logger dnsjava = new DeferredLogging().getLoggerFactory().getLogger("org.xbill.DNS.Lookup");

    assertThat(dnsjava.isInfoEnabled()).isFalse();
    assertThat(dnsjava.isWarnEnabled()).isTrue();
  }
}
