package dev.mxbot.cli;

import dev.mxbot.bench.BenchWorld;
import dev.mxbot.bench.Benchmark;
import dev.mxbot.config.ConfigValues;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mxbot bench}: serves the benchmark zones of {@code bot-config/bench/} from in-process DNS
 * servers, points mxbot at them and measures latency, DNS rounds, throughput, memory and {@code
 * check}'s cold start. Needs no network.
 */
@Command(name = "bench", description = "Measure mxbot on the benchmark zones, with no network.")
final class BenchCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--delay", paramLabel = "DURATION", description = "Per-answer DNS delay.")
  String delay = "25ms";

  @Option(names = "--runs", paramLabel = "N", description = "Diagnoses per zone (latency).")
  int runs = 20;

  @Option(
      names = "--zones",
      split = ",",
      paramLabel = "DOMAIN",
      description = "Benchmark zones to run (default: all).")
  List<String> zones = new ArrayList<>(BenchWorld.ZONES);

  @Option(names = "--cold", paramLabel = "N", description = "Cold diagnoses per concurrency.")
  int cold = 200;

  @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured warm-up diagnoses.")
  int warmup = 3000;

  @Option(names = "--throughput", paramLabel = "N", description = "Warm diagnoses per concurrency.")
  int throughput = 1000;

  @Option(
      names = "--heap-runs",
      split = ",",
      paramLabel = "N",
      description = "The two heap checkpoints (default: 1000,10000).")
  List<Integer> heapRuns = new ArrayList<>(List.of(1000, 10000));

  @Option(
      names = "--cold-start-runs",
      paramLabel = "N",
      description = "check subprocesses per JVM variant; 0 skips them.")
  int coldStartRuns = 5;

  @Option(names = "--jar", paramLabel = "FILE", description = "Jar the check subprocesses run.")
  Path jar = defaultJar();

  @Override
  public Integer call() throws Exception {
    Duration perQuery;
    try {
      // A configuration duration must be positive; the benchmark also takes no delay at all.
      perQuery =
          delay.trim().matches("0+(\\.0*)?(ms|s)?") ? Duration.ZERO : ConfigValues.duration(delay);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--delay " + delay + ": expected a duration like 25ms or 0ms");
    }
    Benchmark.Settings settings =
        new Benchmark.Settings(
            zones,
            perQuery,
            runs,
            cold,
            warmup,
            throughput,
            heapRuns,
            coldStartRuns,
            jar,
            common.config,
            Path.of("target", "bench"));
    try (BenchWorld world = BenchWorld.start(common.config.resolve("bench").resolve("zones"));
        Bootstrap app =
            Bootstrap.start(
                common,
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
              spec.commandLine().getOut())
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
