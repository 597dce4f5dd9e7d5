package dev.mxbot.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Waits for SIGTERM (or SIGINT, Ctrl-C) without letting the JVM begin its shutdown, so that {@code
 * serve} drains on its main thread and exits 0 (a shutdown hook would end with status 143). Where
 * the signals cannot be caught (e.g. {@code -Xrs}), falls back to a shutdown hook that waits, up to
 * a bound, for {@link #finished()}.
 */
final class TermSignal {

  private final CountDownLatch received = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  /** Catches the signals from now on; {@code bound} caps the fallback hook's wait. */
  TermSignal install(Duration bound) {
    try {
      Signal.handle(new Signal("TERM"), signal -> received.countDown());
      Signal.handle(new Signal("INT"), signal -> received.countDown());
    } catch (IllegalArgumentException unavailable) {
      LoggerFactory.getLogger(TermSignal.class)
          .warn("signals cannot be caught here: stopping through a shutdown hook");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> drain(bound), "mxbot-shutdown"));
    }
    return this;
  }

  /** Blocks until a signal arrives. */
  void await() throws InterruptedException {
    received.await();
  }

  /** Tells a waiting shutdown hook that the drain is over. */
  void finished() {
    finished.countDown();
  }

  private void drain(Duration bound) {
    received.countDown();
    try {
      finished.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
