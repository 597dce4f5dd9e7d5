package dev.mxbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Side by side: an external command (another mail DNS checker, say) and mxbot's {@code check}
 * through the launcher, on the same zone, with every DNS answer delayed the same; alternated, with
 * the ratio of each pair and their median printed. The command is a {@code sh -c} line where {@code
 * {domain}}, {@code {resolver}} (the benchmark resolver's address) and {@code {port}} (the port of
 * every benchmark server) are replaced; it must send its questions there — the benchmark zones
 * exist nowhere else. Nothing of it is needed to build or test mxbot.
 */
final class ComparePhase {

  private final BenchWorld world;
  private final PrintWriter out;
  private final Summary summary;

  ComparePhase(BenchWorld world, PrintWriter out, Summary summary) {
    this.world = world;
    this.out = out;
    this.summary = summary;
  }

  /** The command line {@code template} with its placeholders replaced. */
  static String expand(String template, String domain, BenchWorld world) {
    return template
        .replace("{domain}", domain)
        .replace("{resolver}", world.resolver().getAddress().getHostAddress())
        .replace("{port}", Integer.toString(world.port()));
  }

  void run(
      String template,
      Path jar,
      Path config,
      Path workDirectory,
      Duration delay,
      List<String> zones,
      int runs)
      throws Exception {
    Path launcher = ColdStartPhase.launcher(jar);
    out.printf(
        "%n== side by side, every DNS answer delayed %d ms: sh -c '%s' vs %s check, %d pairs per"
            + " zone%n",
        delay.toMillis(), template, launcher, runs);
    if (!Files.isExecutable(launcher)) {
      out.printf("not measured: no %s%n", launcher);
      return;
    }
    world.delayAll(delay);
    Path cache = workDirectory.resolve("launcher-cache");
    ColdStartPhase.Launch mxbot =
        new ColdStartPhase.Launch(List.of(launcher.toString()), jar, cache, Map.of());
    // an unmeasured first run: the launcher's cache, if not made yet by the cold-start phase
    ChildTimes.run(mxbot.builder(ColdStartPhase.checkArguments(config, world, zones.get(0))), 1);
    ColdStartPhase.awaitCache(cache);
    for (String zone : zones) {
      String external = expand(template, zone, world);
      Pairs pairs = new Pairs(runs);
      double[] externalWall = new double[runs];
      double[] externalCpu = new double[runs];
      Map<Integer, Integer> exits = new TreeMap<>();
      for (int i = 0; i < runs; i++) {
        ChildTimes theirs = externalRun(external);
        exits.merge(theirs.exitCode(), 1, Integer::sum);
        externalWall[i] = theirs.wallMillis();
        externalCpu[i] = theirs.cpuMillis();
        // ratio = mxbot / external: below 1 when mxbot is faster
        pairs.add(
            Optional.of(theirs),
            ChildTimes.run(mxbot.builder(ColdStartPhase.checkArguments(config, world, zone)), 3));
      }
      double theirWall = new Stats(externalWall).percentile(50);
      double theirCpu = new Stats(externalCpu).percentile(50);
      double wallRatio = pairs.wallRatio().map(r -> 1 / r).orElse(Double.NaN);
      double cpuRatio = pairs.cpuRatio().map(r -> 1 / r).orElse(Double.NaN);
      out.printf(
          Locale.ROOT,
          "%-16s external median %.0f ms (cpu %.0f ms); external / mxbot, median of the pairs:"
              + " ×%.2f wall, ×%.2f cpu (above 1: mxbot is faster)%n",
          zone,
          theirWall,
          theirCpu,
          wallRatio,
          cpuRatio);
      pairs.print(out, "  mxbot", "external", String.join(" ", mxbot.start()));
      // a command that fails at once (a wrong option, a resolver it cannot reach) looks fast:
      // {resolver} is an address without its port, which goes in {port}
      out.printf("  external exit codes (code=runs): %s%n", exits);
      summary.add(
          "compare",
          zone,
          "delay_ms",
          (double) delay.toMillis(),
          "external_median_ms",
          theirWall,
          "external_cpu_ms",
          theirCpu,
          "external_per_mxbot_wall",
          String.format(Locale.ROOT, "%.2f", wallRatio),
          "external_per_mxbot_cpu",
          String.format(Locale.ROOT, "%.2f", cpuRatio));
    }
  }

  private static ChildTimes externalRun(String command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    return ChildTimes.run(builder, Integer.MAX_VALUE);
  }
}
