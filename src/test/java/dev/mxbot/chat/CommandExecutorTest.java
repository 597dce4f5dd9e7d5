package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pool diagnoses run on: bounded, and ready before the first burst when serving. */
@DisplayName("command executor")
class CommandExecutorTest {

  @Test
  @DisplayName("serving keeps every worker started, before the first command and while idle")
  void keepWarmStartsEveryWorker() throws Exception {
    try (CommandExecutor executor = new CommandExecutor(4, 8)) {
      assertThat(executor.workerCount()).isZero();

      executor.keepWarm();

      assertThat(executor.workerCount()).isEqualTo(4);
      CountDownLatch ran = new CountDownLatch(1);
      assertThat(executor.trySubmit(ran::countDown)).isTrue();
      assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(executor.workerCount()).as("no thread created for the command").isEqualTo(4);
    }
  }

  @Test
  @DisplayName("a full pool and queue refuse more work instead of piling it up")
  void saturatedRefuses() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (CommandExecutor executor = new CommandExecutor(1, 1)) {
      assertThat(executor.trySubmit(() -> await(release))).isTrue();
      assertThat(executor.trySubmit(() -> await(release))).isTrue();
      assertThat(executor.trySubmit(() -> {})).isFalse();
      release.countDown();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
