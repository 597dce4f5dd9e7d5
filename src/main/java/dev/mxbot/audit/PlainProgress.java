package dev.mxbot.audit;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress as plain lines ({@code audit: 120/1000 lines, ...}) on standard error, at most one per
 * period and a last one at the end: readable in a log or a CI job, where a bar's carriage returns
 * would not be. Thread safe.
 */
public final class PlainProgress implements ProgressDisplay {

  private final Progress progress;
  private final PrintWriter err;
  private final long periodNanos;
  private long lastShown;

  public PlainProgress(Progress progress, PrintWriter err, Duration period) {
    this.progress = progress;
    this.err = err;
    this.periodNanos = period.toNanos();
    this.lastShown = System.nanoTime();
  }

  @Override
  public synchronized void update() {
    long now = System.nanoTime();
    if (now - lastShown >= periodNanos) {
      lastShown = now;
      err.println("audit: " + progress.line(now));
      err.flush();
    }
  }

  @Override
  public synchronized void close() {
    err.println("audit: " + progress.line(System.nanoTime()));
    err.flush();
  }
}
