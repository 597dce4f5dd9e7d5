package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.WaitTime;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("How long a resolver still caches an old record")
class PropagationDurationTest {

  @Test
  @DisplayName("remaining cache times read in any language")
  void durations() {
    assertThat(WaitTime.of(Duration.ofSeconds(3000))).isEqualTo("50 min");
    assertThat(WaitTime.of(Duration.ofSeconds(3001))).isEqualTo("51 min");
    assertThat(WaitTime.of(Duration.ofSeconds(7500))).isEqualTo("2 h 5 min");
    assertThat(WaitTime.of(Duration.ofSeconds(7200))).isEqualTo("2 h");
    assertThat(WaitTime.of(Duration.ofSeconds(42))).isEqualTo("42 s");
  }
}
