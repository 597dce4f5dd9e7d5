package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("LogCapture sees what it is asked to see")
class LogCaptureTest {

  @Test
  @DisplayName("mxbot's DEBUG lines are captured at DEBUG even after serve set mxbot to INFO")
  void afterServe() throws Exception {
    Logger mxbot = (Logger) LoggerFactory.getLogger("dev.mxbot");
    Level before = mxbot.getLevel();
    mxbot.setLevel(Level.INFO); // what serve's log format leaves behind
    try {
      try (LogCapture logs = new LogCapture(Level.DEBUG)) {
        LoggerFactory.getLogger("dev.mxbot.testing.Probe").debug("probe line");

        assertThat(logs.messages()).contains("probe line");
      }
      assertThat(mxbot.getLevel()).isEqualTo(Level.INFO);
    } finally {
      mxbot.setLevel(before);
    }
  }
}
