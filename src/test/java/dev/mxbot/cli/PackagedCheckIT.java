package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.bench.BenchWorld;
import dev.mxbot.bench.CacheCoverage;
import dev.mxbot.testing.DemoWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar ({@code target/mxbot.jar}, after {@code package}) run as users run it, against
 * the benchmark's zones on loopback: {@code bin/mxbot check} on a JDK 25+ never reads the jar
 * (every class from the launcher's AOT cache; the ~10 ms its directory costs is what a cold check
 * must not pay), and {@code java -jar … check} hands the check to that launcher. Behaviour only: no
 * time is asserted.
 */
@DisplayName("the packaged jar, run as users run it")
class PackagedCheckIT {

  private static final Path JAR = Path.of("target", "mxbot.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("bin", "mxbot").toAbsolutePath();
  private static final String DOMAIN = "ovh-customer.it";

  @TempDir static Path work;

  private static BenchWorld world;

  @BeforeAll
  static void start() throws IOException {
    assertThat(JAR).as("built by package, before the integration tests").isRegularFile();
    world = BenchWorld.start(DemoWorld.CONFIG.resolve("bench").resolve("zones"));
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  private record Run(int code, String out) {}

  /** {@code command} + the demo's check of {@value #DOMAIN}, with {@code env}. */
  private static Run run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(command);
    all.addAll(
        List.of(
            "check",
            "--allow-private-addresses",
            "--config",
            DemoWorld.CONFIG.toAbsolutePath().toString(),
            "--resolver",
            "127.0.0.10:" + world.port(),
            "--authoritative-port",
            Integer.toString(world.port()),
            DOMAIN));
    ProcessBuilder builder = new ProcessBuilder(all);
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("MXBOT_CDS");
    builder.environment().remove("MXBOT_JVM_DIR");
    builder.environment().remove(LauncherHandOff.MARKER);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile(work, "out", ".txt");
    Process process = builder.redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  /** The cache the launcher's background step makes in {@code directory}, once it is in place. */
  private static Optional<Path> awaitCache(Path directory) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(until)) {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> files = Files.list(directory)) {
          List<Path> all = files.toList();
          List<Path> caches =
              all.stream()
                  .filter(f -> f.toString().endsWith(".aot") || f.toString().endsWith(".jsa"))
                  .toList();
          boolean busy =
              all.stream()
                  .anyMatch(f -> f.toString().contains(".tmp") || f.toString().endsWith(".conf"));
          if (!caches.isEmpty() && !busy) {
            return Optional.of(caches.get(0));
          }
        }
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  @Test
  @DisplayName(
      "bin/mxbot check on a JDK 25+: a whole report, every class from the cache but JFR's events,"
          + " the jar never read")
  void launcherCheckNeverReadsTheJar() throws Exception {
    Path cache = work.resolve("launcher-cache");
    Path log = work.resolve("classes.log");
    Map<String, String> env =
        Map.of(
            "MXBOT_JAR", JAR.toString(),
            "MXBOT_CDS_DIR", cache.toString(),
            "JAVA_OPTS", "-Xlog:class+load=info,class+init=info:file=" + log);

    Run first = run(List.of(LAUNCHER.toString()), env);
    assertThat(first.code()).as(first.out()).isZero();
    assertThat(first.out()).contains(DOMAIN + " — All good");
    Optional<Path> made = awaitCache(cache);
    assertThat(made).as("the cache the first check records").isPresent();
    Assumptions.assumeTrue(
        made.get().toString().endsWith(".aot"),
        "no JDK 25+ found: the launcher's Java 17 archive opens the jar, nothing to hold");

    Run second = run(List.of(LAUNCHER.toString()), env);

    assertThat(second.code()).as(second.out()).isZero();
    assertThat(second.out()).contains(DOMAIN + " — All good");
    List<String> lines = Files.readAllLines(log);
    CacheCoverage coverage = CacheCoverage.of(lines);
    assertThat(coverage.jarRead()).as(coverage.shown()).isFalse();
    // The JDK's own classes may come from its runtime image (JFR's events, which no cache holds,
    // or one a run happens to need, such as a hash bin made into a tree); a class from the jar or
    // one generated at run time is work every check would pay again.
    assertThat(lines.stream().filter(PackagedCheckIT::loadedOutsideTheCache))
        .as(coverage.shown())
        .allMatch(line -> line.contains(" source: jrt:/"));
    // dnsjava as the jar holds it (dev.mxbot.dnsjavapatch): an unsigned zone's check sets up
    // neither the JDK's security providers nor its locale data
    assertThat(lines.stream().filter(line -> line.contains("Initializing '")))
        .as("classes initialised by the check")
        .noneMatch(line -> line.contains("'sun/security/provider/Sun'"))
        .noneMatch(line -> line.contains("'java/text/DecimalFormatSymbols'"))
        .anyMatch(line -> line.contains("'dev/mxbot/dnsjavapatch/KernelRandom"));
  }

  private static boolean loadedOutsideTheCache(String line) {
    return line.contains("[class,load]")
        && line.contains(" source: ")
        && !line.endsWith("shared objects file");
  }

  @Test
  @DisplayName("java -jar target/mxbot.jar check … is run by bin/mxbot's JVM, whole report")
  void javaJarHandsOff() throws Exception {
    handsOff(JAR, work.resolve("hand-off"));
  }

  @Test
  @DisplayName(
      "the jar copied alone elsewhere: java -jar … check is run by the launcher the jar carries")
  void javaJarAloneHandsOff() throws Exception {
    Path alone = Files.createDirectories(work.resolve("alone")).resolve("mxbot.jar");
    Files.copy(JAR, alone);
    Path cache = work.resolve("alone-cache");

    handsOff(alone, cache);

    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .anyMatch(name -> name.matches("launcher-[0-9a-f]+\\.sh"));
    }
  }

  /**
   * Two checks by {@code java -jar jar}: the first records the launcher's cache, in {@code cache}.
   */
  private static void handsOff(Path jar, Path cache) throws Exception {
    Path log = work.resolve(cache.getFileName() + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // JAVA_OPTS reaches only a JVM the launcher starts: a plain java ignores it
    Map<String, String> env =
        Map.of("MXBOT_CDS_DIR", cache.toString(), "JAVA_OPTS", "-Xlog:class+load=info:file=" + log);

    Run first = run(List.of(java, "-jar", jar.toString()), env);
    assertThat(first.code()).as(first.out()).isZero();
    assertThat(first.out()).contains(DOMAIN + " — All good");
    // the launcher's background step, which makes the cache, writes the same log: let it finish
    assertThat(awaitCache(cache)).as("the cache recorded by that first check").isPresent();

    Run second = run(List.of(java, "-jar", jar.toString()), env);

    assertThat(second.code()).as(second.out()).isZero();
    assertThat(second.out()).contains(DOMAIN + " — All good");
    assertThat(log).as("written by the launcher's JVM").exists();
    assertThat(Files.readString(log)).contains("dev.mxbot.cli.CheckCommand");
  }
}
