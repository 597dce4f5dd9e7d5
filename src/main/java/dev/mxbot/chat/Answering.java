package dev.mxbot.chat;

import java.time.Duration;

/**
 * Counts the commands accepted and not yet answered (diagnosis running, joined or answer being
 * sent), so that shutdown can wait for them (bounded), and refuses new ones once closing. Safe for
 * concurrent use.
 */
public final class Answering {

  private int count;
  private boolean closing;

  /** Counts one more answer; false once closing (the caller answers "busy" instead). */
  public synchronized boolean enter() {
    if (closing) {
      return false;
    }
    count++;
    return true;
  }

  public synchronized void leave() {
    count--;
    notifyAll();
  }

  /**
   * Stops taking answers and waits up to {@code limit} for those in flight; true when none left.
   */
  public synchronized boolean close(Duration limit) {
    closing = true;
    return awaitIdle(limit);
  }

  /** Waits up to {@code limit} until no answer is in flight; true when none is left. */
  public synchronized boolean awaitIdle(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      while (count > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }

  public synchronized int count() {
    return count;
  }
}
