package dev.mxbot.chat;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where chat adapters run diagnoses, off their event threads: a bounded pool with a bounded queue.
 * When both are full, {@link #trySubmit} says so at once and the adapter answers "busy, try again"
 * — never silence. One instance shared by every adapter. Safe for concurrent use.
 */
public final class CommandExecutor implements AutoCloseable {

  /** Name of the {@code int} binding: diagnoses running at once. */
  public static final String WORKERS = "chat.workers";

  /** Name of the {@code int} binding: diagnoses waiting for a worker. */
  public static final String QUEUE = "chat.queue";

  private final ThreadPoolExecutor pool;
  private final Object idle = new Object();
  private int inFlight;

  @Inject
  public CommandExecutor(@Named(WORKERS) int workers, @Named(QUEUE) int queue) {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            task -> {
              Thread thread = new Thread(task, "mxbot-diagnosis-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * For a long-running {@code serve}: starts every worker now and keeps them while idle. Creating
   * 32 threads inside the first burst of commands, on the threads that write the acks, is what made
   * that burst's acks slow (p99 60-120 ms against 20-35 ms with the workers started, measured by
   * {@code bench}). Elsewhere (tests, one-off runs) workers start on demand and stop when idle.
   */
  public void keepWarm() {
    pool.allowCoreThreadTimeOut(false);
    pool.prestartAllCoreThreads();
  }

  /** Runs {@code task} soon; false when saturated (nothing will run). */
  public boolean trySubmit(Runnable task) {
    entered();
    try {
      pool.execute(
          () -> {
            try {
              task.run();
            } finally {
              left();
            }
          });
      return true;
    } catch (RejectedExecutionException saturated) {
      left();
      return false;
    }
  }

  /** Worker threads alive now. */
  public int workerCount() {
    return pool.getPoolSize();
  }

  /** Tasks submitted and not yet finished (running or waiting): an exact count. */
  public int inFlight() {
    synchronized (idle) {
      return inFlight;
    }
  }

  /**
   * Waits up to {@code limit} until every task submitted so far has finished; true when none is
   * left. Tasks submitted meanwhile are waited for too.
   */
  public boolean awaitIdle(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (idle) {
      try {
        while (inFlight > 0) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          idle.wait(Math.max(1, left / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      return true;
    }
  }

  private void entered() {
    synchronized (idle) {
      inFlight++;
    }
  }

  private void left() {
    synchronized (idle) {
      if (--inFlight == 0) {
        idle.notifyAll();
      }
    }
  }

  /** Stops taking work and waits up to {@code seconds} for what is in flight. */
  public void shutdown(long seconds) {
    pool.shutdown();
    try {
      pool.awaitTermination(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(10);
  }
}
