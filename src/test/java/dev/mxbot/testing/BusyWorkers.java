package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.CommandExecutor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every diagnosis worker of a {@link CommandExecutor} taken and its queue full, until {@link
 * #close()}: meanwhile a command is answered "busy".
 */
public final class BusyWorkers implements AutoCloseable {

  private final CountDownLatch release = new CountDownLatch(1);

  private BusyWorkers() {}

  /**
   * Takes every worker and fills the queue with tasks that wait for the release. A refused
   * submission is final only once every worker runs one of them: until then an idle worker may
   * still take a queued task and free a slot, so fill, wait for that, and fill again.
   */
  public static BusyWorkers take(CommandExecutor executor) throws InterruptedException {
    BusyWorkers busy = new BusyWorkers();
    AtomicInteger running = new AtomicInteger();
    Runnable blocker =
        () -> {
          running.incrementAndGet();
          busy.awaitRelease();
        };
    while (executor.trySubmit(blocker)) {
      // fill
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (running.get() < executor.workerCount() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(running.get()).as("workers holding a blocker").isEqualTo(executor.workerCount());
    while (executor.trySubmit(blocker)) {
      // fill the slots the workers freed
    }
    return busy;
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Frees the workers. */
  @Override
  public void close() {
    release.countDown();
  }
}
