package dev.mxbot.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs of a command, each paired with the yardstick run just before it: the command's own times and
 * the ratios of each pair, summarised by their minimum and median (the CPU figures only where
 * {@link ChildTimes} could read them).
 */
final class Pairs {

  private final List<ChildTimes> runs;
  private final List<Double> wallRatios;
  private final List<Double> cpuRatios;
  private final List<Double> yardstickWall;
  private final List<Double> yardstickCpu;

  Pairs(int expected) {
    runs = new ArrayList<>(expected);
    wallRatios = new ArrayList<>(expected);
    cpuRatios = new ArrayList<>(expected);
    yardstickWall = new ArrayList<>(expected);
    yardstickCpu = new ArrayList<>(expected);
  }

  /** One run of the command, after {@code yardstick}'s (empty when there is no yardstick). */
  void add(Optional<ChildTimes> yardstick, ChildTimes run) {
    runs.add(run);
    yardstick.ifPresent(
        y -> {
          yardstickWall.add(y.wallMillis());
          wallRatios.add(run.wallMillis() / y.wallMillis());
          if (y.cpuMillis() > 0 && !Double.isNaN(run.cpuMillis())) {
            yardstickCpu.add(y.cpuMillis());
            cpuRatios.add(run.cpuMillis() / y.cpuMillis());
          }
        });
  }

  private static Stats stats(List<Double> values) {
    return new Stats(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private Stats wall() {
    return stats(runs.stream().map(ChildTimes::wallMillis).toList());
  }

  private Optional<Double> cpuMedian() {
    List<Double> cpu = runs.stream().map(ChildTimes::cpuMillis).filter(c -> !c.isNaN()).toList();
    return cpu.isEmpty() ? Optional.empty() : Optional.of(stats(cpu).percentile(50));
  }

  private static Optional<Double> median(List<Double> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(stats(values).percentile(50));
  }

  Optional<Double> wallRatio() {
    return median(wallRatios);
  }

  Optional<Double> cpuRatio() {
    return median(cpuRatios);
  }

  /** One line: min/median wall, median CPU, the median ratios to {@code reference}, what ran. */
  void print(PrintWriter out, String variant, String reference, String what) {
    Stats wall = wall();
    out.printf(
        Locale.ROOT,
        "%-16s min %.0f ms  median %.0f ms  cpu %s  %s ×%s wall ×%s cpu  %s%n",
        variant,
        wall.min(),
        wall.percentile(50),
        cpuMedian().map(c -> String.format(Locale.ROOT, "%.0f ms", c)).orElse("n/a"),
        reference,
        wallRatio().map(Pairs::ratio).orElse("n/a"),
        cpuRatio().map(Pairs::ratio).orElse("n/a"),
        what);
  }

  /**
   * The summary pairs: {@code key=variant min_ms median_ms cpu_ms wall_ratio cpu_ratio yardstick_ms
   * yardstick_cpu_ms} (the last two the yardstick's medians).
   */
  Object[] summary(String key, String variant) {
    Stats wall = wall();
    return new Object[] {
      key,
      variant,
      "min_ms",
      wall.min(),
      "median_ms",
      wall.percentile(50),
      "cpu_ms",
      cpuMedian().orElse(Double.NaN),
      "wall_ratio",
      wallRatio().orElse(Double.NaN),
      "cpu_ratio",
      cpuRatio().orElse(Double.NaN),
      "yardstick_ms",
      median(yardstickWall).orElse(Double.NaN),
      "yardstick_cpu_ms",
      median(yardstickCpu).orElse(Double.NaN)
    };
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
