package dev.mxbot.audit;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How far an audit is: lines done of the total (unknown when reading standard input), the rate, the
 * time left, and errors so far (refused inputs and lines that could not be checked). Shown by a
 * {@link ProgressDisplay}. Thread safe.
 */
public final class Progress {

  private final OptionalLong total;
  private final long started;
  private long done;
  private long errors;

  /**
   * @param total how many lines this run has to do, when known
   * @param started {@link System#nanoTime()} at the start
   */
  public Progress(OptionalLong total, long started) {
    this.total = total;
    this.started = started;
  }

  /** One input line finished; {@code error} when it was refused or could not be checked. */
  public synchronized void finished(boolean error) {
    done++;
    if (error) {
      errors++;
    }
  }

  public synchronized long done() {
    return done;
  }

  public synchronized long errors() {
    return errors;
  }

  public OptionalLong total() {
    return total;
  }

  /** Lines per minute so far. */
  public synchronized double perMinute(long now) {
    double minutes = Math.max(1, now - started) / 60e9;
    return done / minutes;
  }

  /** The time left at the rate so far; empty when the total or the rate is unknown. */
  public synchronized java.util.Optional<Duration> left(long now) {
    double rate = perMinute(now);
    if (total.isEmpty() || done == 0 || rate <= 0) {
      return java.util.Optional.empty();
    }
    long remaining = Math.max(0, total.getAsLong() - done);
    return java.util.Optional.of(Duration.ofSeconds(Math.round(remaining / rate * 60)));
  }

  /** One line of text: {@code 120/1000 lines, 300/min, ETA 2m56s, 3 errors}. */
  public synchronized String line(long now) {
    StringBuilder text = new StringBuilder();
    text.append(done);
    total.ifPresent(t -> text.append('/').append(t));
    text.append(" lines, ")
        .append(String.format(Locale.ROOT, "%.0f/min", perMinute(now)))
        .append(", ETA ")
        .append(left(now).map(Progress::duration).orElse("?"))
        .append(", ")
        .append(errors)
        .append(errors == 1 ? " error" : " errors");
    return text.toString();
  }

  private static String duration(Duration d) {
    long s = d.toSeconds();
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
