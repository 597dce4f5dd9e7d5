package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Shutdown waits for the answers in flight, but not forever. */
@DisplayName("answers in flight at shutdown")
class AnsweringTest {

  @Test
  @Timeout(60)
  @DisplayName("stopping waits until the last answer is sent, then takes no new command")
  void waitsForAnswers() throws Exception {
    Answering inFlight = new Answering();
    assertThat(inFlight.enter()).isTrue();
    Thread stopping = Thread.currentThread();
    AtomicBoolean sent = new AtomicBoolean();
    Thread answering =
        new Thread(
            () -> {
              // The answer is sent only once stopping is already waiting for it.
              while (stopping.getState() != Thread.State.TIMED_WAITING) {
                sleep(5);
              }
              sent.set(true);
              inFlight.leave();
            },
            "answering");
    answering.setDaemon(true);
    answering.start();

    boolean idle = inFlight.close(Duration.ofSeconds(30));

    assertThat(idle).isTrue();
    assertThat(sent).as("the answer was sent before stopping returned").isTrue();
    assertThat(inFlight.count()).isZero();
    assertThat(inFlight.enter()).isFalse();
    answering.join();
  }

  @Test
  @Timeout(60)
  @DisplayName("an answer that never finishes delays stopping only up to the bound")
  void bounded() {
    Answering inFlight = new Answering();
    inFlight.enter();

    // Returning at all proves the bound: the answer in flight never leaves.
    assertThat(inFlight.close(Duration.ofMillis(300))).isFalse();

    assertThat(inFlight.count()).isEqualTo(1);
    assertThat(inFlight.enter()).isFalse();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
