package dev.mxbot.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Throughput with no DNS delay (CPU-bound) at concurrency 1, 8 and 64. mxbot keeps no cache from
 * one report to the next, so "cold" and "warm" differ only by the JVM's warm-up: cold is the first
 * diagnoses after start, warm comes after a few thousand unmeasured ones. The in-process DNS
 * servers run in the same JVM and share the cores.
 */
final class ThroughputPhase {

  static final List<Integer> CONCURRENCY = List.of(1, 8, 64);

  private final BenchWorld world;
  private final Load load;
  private final PrintWriter out;
  private final Summary summary;

  ThroughputPhase(BenchWorld world, Load load, PrintWriter out, Summary summary) {
    this.world = world;
    this.load = load;
    this.out = out;
    this.summary = summary;
  }

  /**
   * The first {@code count} diagnoses at each concurrency, in order 1, 8, 64, right after start.
   */
  void cold(int count) throws Exception {
    out.printf(
        "%n== Throughput, cold: the first %d diagnoses at each concurrency right after start"
            + " (1, then 8, then 64), no DNS delay%n"
            + "   mxbot keeps no cache across reports: cold differs from warm only by JIT warm-up%n",
        count);
    measure("cold", count);
  }

  /** {@code count} diagnoses at each concurrency after {@code warmup} unmeasured ones. */
  void warm(int warmup, int count) throws Exception {
    out.printf(
        "%n== Throughput, warm: after %d unmeasured diagnoses, %d at each concurrency,"
            + " no DNS delay%n",
        warmup, count);
    world.delayAll(Duration.ZERO);
    load.run(warmup, 8, 500, world::resetLogs);
    measure("warm", count);
  }

  private void measure(String kind, int count) throws Exception {
    world.delayAll(Duration.ZERO);
    for (int concurrency : CONCURRENCY) {
      world.resetLogs();
      Load.Result result = load.run(count, concurrency, 500, world::resetLogs);
      out.printf(
          Locale.ROOT,
          "concurrency %3d: %7.1f diagnoses/s  (%d in %.2f s, %d incomplete)%n",
          concurrency,
          result.perSecond(),
          result.diagnoses(),
          result.seconds(),
          result.incomplete());
      summary.add(
          "throughput", kind,
          "concurrency", concurrency,
          "per_s", result.perSecond(),
          "diagnoses", result.diagnoses(),
          "incomplete", result.incomplete());
    }
  }
}
