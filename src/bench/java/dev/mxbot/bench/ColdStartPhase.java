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
 * -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), with both, and through the
 * launcher {@code bin/mxbot} next to the jar's directory when there is one (both again, plus what
 * the script itself costs).
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
    Path launcher = launcher(jar);
    if (Files.isExecutable(launcher)) {
      Path cds = workDirectory.resolve("launcher-cds");
      deleteArchives(cds);
      List<String> command = List.of(launcher.toString());
      double first = spawn(command, jar, cds, config);
      out.printf(Locale.ROOT, "%-8s first run (records the archive) %.0f ms%n", "launcher", first);
      measure("launcher", command, List.of(), jar, cds, config, runs);
    } else {
      out.printf("%-8s not measured: no %s%n", "launcher", launcher);
    }
  }

  /** {@code bin/mxbot} of the checkout the jar was built in ({@code <repo>/target/mxbot.jar}). */
  private static Path launcher(Path jar) {
    Path target = jar.toAbsolutePath().getParent();
    Path repo = target == null ? null : target.getParent();
    return repo == null ? Path.of("bin", "mxbot") : repo.resolve("bin").resolve("mxbot");
  }

  private static void deleteArchives(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (var files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
    }
  }

  private void measure(String variant, List<String> flags, Path jar, Path config, int runs)
      throws Exception {
    measure(variant, javaCommand(flags), flags, jar, null, config, runs);
  }

  private void measure(
      String variant,
      List<String> command,
      List<String> flags,
      Path jar,
      Path cds,
      Path config,
      int runs)
      throws Exception {
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      millis[i] = spawn(command, jar, cds, config);
    }
    Stats stats = new Stats(millis);
    out.printf(
        Locale.ROOT,
        "%-8s min %.0f ms  median %.0f ms  %s%n",
        variant,
        stats.min(),
        stats.percentile(50),
        cds != null ? String.join(" ", command) : String.join(" ", flags));
    summary.add("check_cold", variant, "min_ms", stats.min(), "median_ms", stats.percentile(50));
  }

  private double spawn(List<String> flags, Path jar, Path config)
      throws IOException, InterruptedException {
    return spawn(javaCommand(flags), jar, null, config);
  }

  /** {@code java <flags> -jar}: the runtime running the benchmark. */
  private static List<String> javaCommand(List<String> flags) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-jar");
    return command;
  }

  /**
   * Runs {@code check} once with {@code start} (a {@code java ... -jar} or the launcher, which is
   * then told the jar, the runtime and the archive directory {@code cds}); returns the wall time in
   * ms. Fails on an unexpected exit code.
   */
  private double spawn(List<String> start, Path jar, Path cds, Path config)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(start);
    if (cds == null) {
      command.add(jar.toString());
    }
    command.addAll(
        List.of(
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
    if (cds != null) {
      builder.environment().put("MXBOT_JAR", jar.toAbsolutePath().toString());
      builder.environment().put("MXBOT_CDS_DIR", cds.toAbsolutePath().toString());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("JAVA_OPTS");
      builder.environment().remove("MXBOT_CDS");
    }
    long begin = System.nanoTime();
    int exit = builder.start().waitFor();
    double millis = (System.nanoTime() - begin) / 1e6;
    if (exit > 1) {
      throw new IllegalStateException("check exited with " + exit + ": " + command);
    }
    return millis;
  }
}
