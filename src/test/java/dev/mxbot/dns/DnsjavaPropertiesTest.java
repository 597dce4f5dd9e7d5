package dev.mxbot.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("dnsjava's settings at start-up")
class DnsjavaPropertiesTest {

  private static final String KEY = DnsjavaProperties.SELECTOR_TIMEOUT;

  @Test
  @DisplayName("the selector timeout is set to 20 ms when nobody set it")
  void setWhenUnset() {
    String before = System.getProperty(KEY);
    try {
      System.clearProperty(KEY);

      DnsjavaProperties.apply();

      assertThat(System.getProperty(KEY)).isEqualTo("20");
    } finally {
      restore(before);
    }
  }

  @Test
  @DisplayName("a value given on the command line wins")
  void explicitWins() {
    String before = System.getProperty(KEY);
    try {
      System.setProperty(KEY, "50");

      DnsjavaProperties.apply();

      assertThat(System.getProperty(KEY)).isEqualTo("50");
    } finally {
      restore(before);
    }
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(KEY);
    } else {
      System.setProperty(KEY, before);
    }
  }
}
