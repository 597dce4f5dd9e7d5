package dev.mxbot.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs an audit: reads input lines one at a time, checks up to {@code concurrency} of them at once,
 * writes each line's results as soon as it finishes (so output order is completion order; resume
 * works by line number), and skips lines an earlier run already did. Memory stays flat: no more
 * than {@code concurrency} lines are in the air and no report is kept once written.
 *
 * <p>{@link #stop()} (Ctrl-C) stops reading; the lines in flight finish and are written, those not
 * finished within {@code drain} are dropped (a resume checks them), and the output is flushed.
 */
public final class Audit {

  /** How an audit ended. */
  public enum End {
    /** Every input line was done. */
    FINISHED,
    /** Stopped before the end ({@link #stop()}). */
    STOPPED
  }

  private final Checker checker;
  private final int concurrency;
  private final Duration drain;
  private final PrintWriter err;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean stopping;

  /**
   * @param checker checks one line
   * @param concurrency the most lines checked at once
   * @param drain how long a stop waits for the lines in flight
   * @param err where lines that could not be checked are named
   */
  public Audit(Checker checker, int concurrency, Duration drain, PrintWriter err) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    this.checker = checker;
    this.concurrency = concurrency;
    this.drain = drain;
    this.err = err;
  }

  /**
   * Audits every line of {@code lines} not already done: results to {@code sink}, each written row
   * to {@code rows} too (the HTML summary), progress to {@code progress} and {@code display}.
   */
  public End run(
      InputLines lines,
      Resume resume,
      Sink sink,
      Consumer<Row> rows,
      Progress progress,
      ProgressDisplay display) {
    AtomicInteger count = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            concurrency,
            task -> {
              Thread thread = new Thread(task, "mxbot-audit-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    Semaphore room = new Semaphore(concurrency);
    try {
      while (!stopping) {
        Optional<InputLine> next = lines.next();
        if (next.isEmpty()) {
          break;
        }
        InputLine line = next.get();
        if (resume.done(line.number())) {
          continue;
        }
        if (!acquire(room)) {
          break;
        }
        workers.execute(
            () -> {
              try {
                check(line, sink, rows, progress);
              } finally {
                room.release();
                display.update();
              }
            });
      }
      workers.shutdown();
      if (!awaitInFlight(workers)) {
        err.println("audit: lines still in flight were dropped; --resume checks them again");
      }
      return stopping ? End.STOPPED : End.FINISHED;
    } finally {
      workers.shutdownNow();
      ended.countDown();
    }
  }

  private void check(InputLine line, Sink sink, Consumer<Row> rows, Progress progress) {
    List<ObjectNode> results;
    try {
      results = checker.check(line.text());
    } catch (Checker.NotChecked e) {
      progress.finished(true);
      err.println("audit: line " + line.number() + " not checked: " + e.getMessage());
      return;
    } catch (RuntimeException e) {
      progress.finished(true);
      err.println("audit: line " + line.number() + " not checked: " + e);
      return;
    }
    if (results.isEmpty()) {
      progress.finished(true);
      return;
    }
    List<Row> written = sink.write(line.number(), results);
    written.forEach(rows);
    progress.finished(written.stream().anyMatch(Row::refused));
  }

  /** Waits for room for one more line; false when stopped meanwhile. */
  private boolean acquire(Semaphore room) {
    try {
      while (!stopping) {
        if (room.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
      return false;
    }
  }

  /** Waits for the lines in flight: without end normally, at most {@code drain} once stopping. */
  private boolean awaitInFlight(ExecutorService workers) {
    try {
      while (!workers.awaitTermination(100, TimeUnit.MILLISECONDS)) {
        if (stopping) {
          return workers.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops reading new lines (Ctrl-C); {@link #run} then returns {@link End#STOPPED}. */
  public void stop() {
    stopping = true;
  }

  /** Whether {@link #stop()} was called. */
  public boolean stopping() {
    return stopping;
  }

  /** Waits up to {@code limit} for {@link #run} to return; true when it did. */
  public boolean awaitEnd(Duration limit) throws InterruptedException {
    return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
  }
}
