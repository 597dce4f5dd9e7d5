package dev.mxbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code check} from a cold JVM: spawns {@code java -jar mxbot.jar check ... ovh-customer.it}
 * against the benchmark's servers (no DNS delay) several times, plain, with C1 only ({@code
 * -XX:TieredStopAtLevel=1}), with an AppCDS archive made by a first run ({@code
 * -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), with both, and through the
 * launcher {@code bin/mxbot} next to the jar's directory when there is one: as users run it (a JDK
 * 25+ and its AOT cache when the launcher finds one) and on the benchmark's own runtime.
 *
 * <p>Each run is paired with a run of the {@link Yardstick} just before it; the ratios of each pair
 * (wall time, and CPU time charged to the child) are summarised by their median, the figure the
 * targets are given in: absolute times depend on how busy the machine is, the ratios much less.
 */
final class ColdStartPhase {

  static final String DOMAIN = "ovh-customer.it";

  private final BenchWorld world;
  private final PrintWriter out;
  private final Summary summary;
  private Optional<Yardstick> yardstick = Optional.empty();

  ColdStartPhase(BenchWorld world, PrintWriter out, Summary summary) {
    this.world = world;
    this.out = out;
    this.summary = summary;
  }

  void run(Path jar, Path config, Path workDirectory, int runs) throws Exception {
    out.printf(
        "%n== check from a cold JVM: java [flags] -jar %s check %s, %d runs per variant,"
            + " no DNS delay, each paired with a yardstick run (plain: java -jar as typed, which"
            + " hands the check to the launcher)%n",
        jar, DOMAIN, runs);
    world.delayAll(Duration.ZERO);
    Files.createDirectories(workDirectory);
    yardstick = Yardstick.compile(workDirectory);
    out.println(
        yardstick
            .map(y -> "yardstick: " + String.join(" ", y.command()))
            .orElse("yardstick: none (this runtime has no Java compiler): no ratios"));
    Path archive = workDirectory.resolve("mxbot-check.jsa");
    Files.deleteIfExists(archive);
    Path launcher = launcher(jar);
    // java -jar in one JVM, as before the hand-off (MXBOT_CDS=off keeps the check there)
    measure(
        "plain_in_jvm", javaCommand(List.of(), jar).with(Map.of("MXBOT_CDS", "off")), config, runs);
    if (Files.isExecutable(launcher)) {
      // java -jar as users type it: the check is handed to the launcher beside the jar
      cached("plain", javaCommand(List.of(), jar), Map.of(), config, workDirectory, runs);
    } else {
      out.printf("%-16s not measured: no %s to hand the check to%n", "plain", launcher);
    }
    measure("c1", javaCommand(List.of("-XX:TieredStopAtLevel=1"), jar), config, runs);
    double dump =
        spawn(javaCommand(List.of("-XX:ArchiveClassesAtExit=" + archive), jar), config)
            .wallMillis();
    out.printf(Locale.ROOT, "%-16s archive written in %.0f ms: %s%n", "cds", dump, archive);
    String shared = "-XX:SharedArchiveFile=" + archive;
    measure("cds", javaCommand(List.of(shared), jar), config, runs);
    measure("cds_c1", javaCommand(List.of(shared, "-XX:TieredStopAtLevel=1"), jar), config, runs);
    if (Files.isExecutable(launcher)) {
      Launch launched = new Launch(List.of(launcher.toString()), jar, null, Map.of());
      // as users run it: the launcher picks a JDK 25+ when it finds one
      cached("launcher", launched, Map.of(), config, workDirectory, runs);
      coverage(launcher, jar, config, workDirectory);
      // on the benchmark's own runtime: no search for another JDK
      cached(
          "launcher_own_jdk", launched, Map.of("MXBOT_JVM_DIR", ""), config, workDirectory, runs);
    } else {
      out.printf("%-16s not measured: no %s%n", "launcher", launcher);
    }
  }

  /**
   * {@code start} (the launcher, or {@code java -jar}, which hands the check to it) with a class
   * cache of its own in {@code workDirectory}: its first run records the cache, then the runs.
   */
  private void cached(
      String variant,
      Launch start,
      Map<String, String> env,
      Path config,
      Path workDirectory,
      int runs)
      throws Exception {
    Path cache = workDirectory.resolve(variant + "-cache");
    deleteFiles(cache);
    Launch launch = new Launch(start.start(), start.jar(), cache, env);
    double first = spawn(launch, config).wallMillis();
    Optional<Path> made = awaitCache(cache);
    out.printf(
        Locale.ROOT,
        "%-16s first run (records the cache) %.0f ms; cache %s%n",
        variant,
        first,
        made.map(Path::toString).orElse("not made within 2 minutes"));
    measure(variant, launch, config, runs);
  }

  /**
   * What the launcher's check takes from outside its class cache ({@link CacheCoverage}): a cache
   * of its own, recorded with the JVM's class log on, then one logged run.
   */
  private void coverage(Path launcher, Path jar, Path config, Path workDirectory) throws Exception {
    Path cache = workDirectory.resolve("coverage-cache");
    deleteFiles(cache);
    Path log = workDirectory.resolve("coverage.log");
    Map<String, String> logged =
        Map.of("JAVA_OPTS", "-Xlog:class+load=info,class+init=info:file=" + log.toAbsolutePath());
    Launch launch = new Launch(List.of(launcher.toString()), jar, cache, logged);
    spawn(launch, config);
    if (awaitCache(cache).isEmpty()) {
      out.printf("%-16s cache coverage not measured: no cache made%n", "launcher");
      return;
    }
    spawn(launch, config);
    CacheCoverage coverage = CacheCoverage.of(Files.readAllLines(log));
    out.printf("%-16s %s%n", "launcher", coverage.shown());
    summary.add(
        "cache_coverage",
        "launcher",
        "outside",
        coverage.outside().size(),
        "jar_read",
        coverage.jarRead());
  }

  /** {@code bin/mxbot} of the checkout the jar was built in ({@code <repo>/target/mxbot.jar}). */
  static Path launcher(Path jar) {
    Path target = jar.toAbsolutePath().getParent();
    Path repo = target == null ? null : target.getParent();
    return repo == null ? Path.of("bin", "mxbot") : repo.resolve("bin").resolve("mxbot");
  }

  /**
   * The launcher's cache once complete: a JDK 25+ creates it in the background after the first run
   * (up to 2 minutes on a busy machine), older ones by the time the first run ends.
   */
  static Optional<Path> awaitCache(Path cache) throws IOException, InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(until)) {
      if (Files.isDirectory(cache)) {
        try (var files = Files.list(cache)) {
          List<Path> all = files.toList();
          boolean pending = all.stream().anyMatch(p -> p.toString().matches(".*\\.\\d+\\.\\w+$"));
          Optional<Path> done =
              all.stream()
                  .filter(p -> p.toString().endsWith(".aot") || p.toString().endsWith(".jsa"))
                  .findFirst();
          if (done.isPresent() && !pending) {
            return done;
          }
        }
      }
      Thread.sleep(200);
    }
    return Optional.empty();
  }

  private static void deleteFiles(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (var files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
    }
  }

  private void measure(String variant, Launch launch, Path config, int runs) throws Exception {
    Pairs pairs = new Pairs(runs);
    for (int i = 0; i < runs; i++) {
      Optional<ChildTimes> yard = yardstickRun();
      pairs.add(yard, spawn(launch, config));
    }
    pairs.print(out, variant, "yardstick", String.join(" ", launch.start()));
    summary.add(pairs.summary("check_cold", variant));
  }

  private Optional<ChildTimes> yardstickRun() throws IOException, InterruptedException {
    if (yardstick.isEmpty()) {
      return Optional.empty();
    }
    ProcessBuilder builder =
        new ProcessBuilder(yardstick.get().command())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    return Optional.of(ChildTimes.run(builder, 0));
  }

  /** {@code java <flags> -jar}: the runtime running the benchmark. */
  private static Launch javaCommand(List<String> flags, Path jar) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-jar");
    command.add(jar.toString());
    return new Launch(command, jar, null, Map.of());
  }

  /**
   * How to start mxbot: {@code start} is a {@code java ... -jar mxbot.jar} or the launcher, which
   * is then told the jar, the runtime, the cache directory {@code cache} and {@code env}.
   */
  record Launch(List<String> start, Path jar, Path cache, Map<String, String> env) {

    /** The process running {@code check} with {@code arguments}, its output discarded. */
    ProcessBuilder builder(List<String> arguments) {
      List<String> command = new ArrayList<>(start);
      command.addAll(arguments);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      if (cache != null) {
        builder.environment().put("MXBOT_JAR", jar.toAbsolutePath().toString());
        builder.environment().put("MXBOT_CDS_DIR", cache.toAbsolutePath().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("MXBOT_CDS");
        builder.environment().remove("MXBOT_JVM_DIR");
      }
      builder.environment().putAll(env);
      return builder;
    }

    /** The same start with {@code more} in its environment. */
    Launch with(Map<String, String> more) {
      Map<String, String> all = new HashMap<>(env);
      all.putAll(more);
      return new Launch(start, jar, cache, Map.copyOf(all));
    }
  }

  /**
   * Runs {@code check} once; fails unless it exits 0: {@value #DOMAIN} is healthy, so any finding
   * of an error means the run did not do the whole diagnosis the figures are meant to time.
   */
  private ChildTimes spawn(Launch launch, Path config) throws IOException, InterruptedException {
    return ChildTimes.run(launch.builder(checkArguments(config, world, DOMAIN)), 0);
  }

  /**
   * {@code check} of {@code domain} against the benchmark's servers, as the demo prints it: the
   * benchmark's nameservers have loopback addresses, which a check contacts only when allowed, so
   * without {@code --allow-private-addresses} it would time a diagnosis that asks no nameserver
   * directly.
   */
  static List<String> checkArguments(Path config, BenchWorld world, String domain) {
    return List.of(
        "check",
        "--allow-private-addresses",
        "--config",
        config.toString(),
        "--resolver",
        "127.0.0.10:" + world.port(),
        "--authoritative-port",
        Integer.toString(world.port()),
        domain);
  }
}
