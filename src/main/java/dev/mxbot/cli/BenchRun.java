package dev.mxbot.cli;

import dev.mxbot.bench.BenchWorld;
import dev.mxbot.bench.Benchmark;
import dev.mxbot.config.ConfigValues;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Runs {@code mxbot bench}: starts the benchmark world, wires mxbot to it, runs the benchmark. */
final class BenchRun {

  private BenchRun() {}

  static int run(BenchCommand options, PrintWriter out) throws Exception {
    Duration perQuery;
    try {
      // A configuration duration must be positive; the benchmark also takes no delay at all.
      perQuery =
          options.delay.trim().matches("0+(\\.0*)?(ms|s)?")
              ? Duration.ZERO
              : ConfigValues.duration(options.delay);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "--delay " + options.delay + ": expected a duration like 25ms or 0ms");
    }
    Benchmark.Settings settings =
        new Benchmark.Settings(
            options.zones.isEmpty() ? BenchWorld.ZONES : options.zones,
            perQuery,
            options.runs,
            options.cold,
            options.warmup,
            options.throughput,
            options.heapRuns,
            options.coldStartRuns,
            options.jar != null ? options.jar : defaultJar(),
            options.common.config,
            Path.of("target", "bench"));
    try (BenchWorld world =
            BenchWorld.start(options.common.config.resolve("bench").resolve("zones"));
        Bootstrap app =
            Bootstrap.start(
                options.common,
                config ->
                    config
                        .withResolvers(List.of(world.resolver()))
                        .withAuthoritativePort(world.port()))) {
      Diagnosis diagnosis = app.get(Diagnosis.class);
      new Benchmark(
              settings,
              world,
              (domain, selectors) ->
                  diagnosis.diagnose(domain, DomainName.of(domain), new CheckOptions(selectors)),
              out)
          .run();
      return 0;
    }
  }

  private static Path defaultJar() {
    try {
      Path location =
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location : Path.of("target", "mxbot.jar");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("target", "mxbot.jar");
    }
  }
}
