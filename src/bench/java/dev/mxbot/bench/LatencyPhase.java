package dev.mxbot.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency with the network simulated: every server delays every answer; N sequential diagnoses per
 * zone. Prints the percentiles, the queries the servers received per diagnosis, "rounds" (wall time
 * over the delay) next to the zone's dependency depth, and duplicate questions.
 */
final class LatencyPhase {

  private final BenchWorld world;
  private final Diagnoser diagnoser;
  private final PrintWriter out;
  private final Summary summary;

  LatencyPhase(BenchWorld world, Diagnoser diagnoser, PrintWriter out, Summary summary) {
    this.world = world;
    this.diagnoser = diagnoser;
    this.out = out;
    this.summary = summary;
  }

  void run(List<String> zones, int runs, Duration delay) {
    out.printf(
        "%n== Latency: %d sequential diagnoses per zone, every DNS answer delayed %d ms%n"
            + "   (one unmeasured diagnosis per zone first, to load the classes)%n",
        runs, delay.toMillis());
    DependencyDepth analyser = new DependencyDepth(world.data());
    List<Double> all = new ArrayList<>();
    int within = 0;
    for (String zone : zones) {
      List<String> selectors = world.dkimSelectors(zone);
      world.delayAll(Duration.ZERO);
      diagnoser.diagnose(zone, selectors);
      world.delayAll(delay);
      double[] millis = new double[runs];
      QueryCount last = null;
      Timeline timeline = null;
      List<String> duplicates = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        world.resetLogs();
        long start = System.nanoTime();
        diagnoser.diagnose(zone, selectors);
        millis[i] = (System.nanoTime() - start) / 1e6;
        last = world.queries();
        if (!delay.isZero()) {
          timeline = world.timeline(start, delay);
        }
        if (duplicates.isEmpty()) {
          duplicates.addAll(last.duplicates());
        }
        all.add(millis[i]);
      }
      world.delayAll(Duration.ZERO);
      DependencyDepth.Chain depth = analyser.of(zone, selectors);
      Stats stats = new Stats(millis);
      double rounds = delay.isZero() ? 0 : stats.percentile(50) / delay.toMillis();
      double roundsMax = delay.isZero() ? 0 : stats.max() / delay.toMillis();
      if (rounds <= depth.rounds() + 1) {
        within++;
      }
      report(zone, stats, last, rounds, roundsMax, depth, duplicates);
      if (timeline != null) {
        out.printf(
            "%-16s queries sent per round (last diagnosis) %s; last round: %s%n",
            "", timeline.histogram(), String.join(", ", timeline.lastRound()));
      }
    }
    Stats overall = new Stats(all.stream().mapToDouble(Double::doubleValue).toArray());
    out.printf("%-16s %s%n", "all zones", overall.describe());
    summary.add(
        "zone",
        "all",
        "p50_ms",
        overall.percentile(50),
        "p95_ms",
        overall.percentile(95),
        "p99_ms",
        overall.percentile(99),
        "max_ms",
        overall.max(),
        "zones_rounds_p50_within_depth_plus_1",
        within + "/" + zones.size());
  }

  private void report(
      String zone,
      Stats stats,
      QueryCount queries,
      double rounds,
      double roundsMax,
      DependencyDepth.Chain depth,
      List<String> duplicates) {
    out.printf("%-16s %s%n", zone, stats.describe());
    out.printf(
        Locale.ROOT,
        "%-16s queries/diagnosis %d (UDP %d, TCP %d; recursive %d, direct %d)%n",
        "",
        queries.total(),
        queries.udp(),
        queries.tcp(),
        queries.recursive(),
        queries.direct());
    out.printf(
        Locale.ROOT,
        "%-16s rounds p50 %.1f, max %.1f; dependency depth %d: %s%n",
        "",
        rounds,
        roundsMax,
        depth.rounds(),
        depth.path());
    out.printf(
        "%-16s duplicate questions: %s%n",
        "", duplicates.isEmpty() ? "none" : String.join("; ", duplicates));
    summary.add(
        "zone",
        zone.substring(0, zone.indexOf('.')),
        "p50_ms",
        stats.percentile(50),
        "p95_ms",
        stats.percentile(95),
        "p99_ms",
        stats.percentile(99),
        "max_ms",
        stats.max(),
        "queries",
        queries.total(),
        "udp",
        queries.udp(),
        "tcp",
        queries.tcp(),
        "recursive",
        queries.recursive(),
        "direct",
        queries.direct(),
        "rounds",
        rounds,
        "rounds_max",
        roundsMax,
        "depth",
        depth.rounds(),
        "within_depth_plus_1",
        rounds <= depth.rounds() + 1,
        "duplicates",
        duplicates.size());
  }
}
