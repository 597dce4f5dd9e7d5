package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckContext;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.DomainName;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a nameserver's silence over one transport is evidence only against a quick answer")
class SilenceShownTest {

  private static final long MS = 1_000_000L;

  private static CheckContext deadlineIn(Duration left) {
    return new CheckContext(
        DomainName.of("example.it"), CheckOptions.NONE, Instant.now().plus(left));
  }

  @Test
  @DisplayName("2 s of silence where the other transport answered in 50 ms: shown (deaf)")
  void quickAnswerLongSilence() {
    assertThat(NameserverFacts.silenceShown(deadlineIn(Duration.ofMinutes(1)), 2000 * MS, 50 * MS))
        .isTrue();
  }

  @Test
  @DisplayName("2 s of silence where the other transport took 1.5 s: not shown (slow, not deaf)")
  void slowAnswer() {
    assertThat(
            NameserverFacts.silenceShown(deadlineIn(Duration.ofMinutes(1)), 2000 * MS, 1500 * MS))
        .isFalse();
  }

  @Test
  @DisplayName("a silence that ended with the report's deadline: not shown, however long")
  void cutByTheDeadline() {
    assertThat(NameserverFacts.silenceShown(deadlineIn(Duration.ofSeconds(-1)), 2000 * MS, 0))
        .isFalse();
  }
}
