package dev.mxbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code check} from a cold JVM: spawns {@code java -jar mxbot.jar check ... ovh-customer.it}
 * against the benchmark's servers (no DNS delay) several times, plain, with C1 only ({@code
 * -XX:TieredStopAtLevel=1}), with an AppCDS archive made by a first run ({@code
 * -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), and with both.
 */
final class ColdStartPhase {

  private static final String DOMAIN = "ovh-customer.it";

  private final BenchWorld world;
  private final PrintWriter out;
  private final Summary summary;

  ColdStartPhase(BenchWorld world, PrintWriter out, Summary summary) {
    this.world = world;
    this.out = out;
    this.summary = summary;
  }

  void run(Path jar, Path config, Path workDirectory, int runs) throws Exception {
    out.printf(
        "%n== check from a cold JVM: java [flags] -jar %s check %s, %d runs per variant,"
            + " no DNS delay%n",
        jar, DOMAIN, runs);
    world.delayAll(Duration.ZERO);
    Files.createDirectories(workDirectory);
    Path archive = workDirectory.resolve("mxbot-check.jsa");
    Files.deleteIfExists(archive);
    measure("plain", List.of(), jar, config, runs);
    measure("c1", List.of("-XX:TieredStopAtLevel=1"), jar, config, runs);
    double dump = spawn(List.of("-XX:ArchiveClassesAtExit=" + archive), jar, config);
    out.printf(Locale.ROOT, "%-8s archive written in %.0f ms: %s%n", "cds", dump, archive);
    String shared = "-XX:SharedArchiveFile=" + archive;
    measure("cds", List.of(shared), jar, config, runs);
    measure("cds_c1", List.of(shared, "-XX:TieredStopAtLevel=1"), jar, config, runs);
  }

  private void measure(String variant, List<String> flags, Path jar, Path config, int runs)
      throws Exception {
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      millis[i] = spawn(flags, jar, config);
    }
    Stats stats = new Stats(millis);
    out.printf(
        Locale.ROOT,
        "%-8s min %.0f ms  median %.0f ms  %s%n",
        variant,
        stats.min(),
        stats.percentile(50),
        flags.isEmpty() ? "" : String.join(" ", flags));
    summary.add("check_cold", variant, "min_ms", stats.min(), "median_ms", stats.percentile(50));
  }

  /** Runs {@code check} once; returns the wall time in ms. Fails on an unexpected exit code. */
  private double spawn(List<String> flags, Path jar, Path config)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "check",
            "--config",
            config.toString(),
            "--resolver",
            "127.0.0.10:" + world.port(),
            "--authoritative-port",
            Integer.toString(world.port()),
            DOMAIN));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (exit > 1) {
      throw new IllegalStateException("check exited with " + exit + ": " + command);
    }
    return millis;
  }
}
