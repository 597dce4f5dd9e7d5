package dev.mxbot.bench;

import java.util.Arrays;

/** Percentiles of a set of durations in milliseconds (nearest rank). Immutable. */
final class Stats {

  private final double[] sorted;

  Stats(double[] millis) {
    this.sorted = millis.clone();
    Arrays.sort(sorted);
  }

  /** The {@code p}-th percentile (0-100), nearest rank; 0 when empty. */
  double percentile(double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
  }

  double min() {
    return sorted.length == 0 ? 0 : sorted[0];
  }

  double max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }

  int count() {
    return sorted.length;
  }

  /** {@code p50 12.3 ms p95 …} for the report. */
  String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (n=%d)",
        percentile(50),
        percentile(95),
        percentile(99),
        max(),
        count());
  }
}
