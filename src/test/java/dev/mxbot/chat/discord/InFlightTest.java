package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shutdown waits for the answers in flight, but not forever. */
@DisplayName("answers in flight at shutdown")
class InFlightTest {

  @Test
  @DisplayName("stopping waits until the last answer is sent, then takes no new command")
  void waitsForAnswers() throws Exception {
    InFlight inFlight = new InFlight();
    assertThat(inFlight.enter()).isTrue();
    CompletableFuture.runAsync(
        () -> {
          sleep(200);
          inFlight.leave();
        });

    long start = System.nanoTime();
    assertThat(inFlight.close(Duration.ofSeconds(5))).isTrue();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(150));
    assertThat(inFlight.enter()).isFalse();
  }

  @Test
  @DisplayName("an answer that never finishes delays stopping only up to the bound")
  void bounded() {
    InFlight inFlight = new InFlight();
    inFlight.enter();

    long start = System.nanoTime();
    assertThat(inFlight.close(Duration.ofMillis(300))).isFalse();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(inFlight.count()).isEqualTo(1);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
