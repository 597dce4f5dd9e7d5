package dev.mxbot.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What the soak did since the last report: latencies of finished commands, errors, commands shed
 * because every worker was busy, and incomplete reports. Safe for concurrent use; {@link #drain()}
 * starts the next window.
 */
final class SoakWindow {

  /** One window's totals. */
  record Figures(Stats latency, int errors, int shed, int incomplete) {}

  private List<Double> millis = new ArrayList<>();
  private int errors;
  private int shed;
  private int incomplete;

  synchronized void done(double latencyMillis, SoakTarget.Outcome outcome) {
    millis.add(latencyMillis);
    if (outcome == SoakTarget.Outcome.INCOMPLETE) {
      incomplete++;
    }
  }

  synchronized void error() {
    errors++;
  }

  synchronized void shed() {
    shed++;
  }

  /** This window's figures; the counts restart at zero. */
  synchronized Figures drain() {
    Figures figures =
        new Figures(
            new Stats(millis.stream().mapToDouble(Double::doubleValue).toArray()),
            errors,
            shed,
            incomplete);
    millis = new ArrayList<>();
    errors = 0;
    shed = 0;
    incomplete = 0;
    return figures;
  }
}
