package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.StubMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/mxbot} on a tiny jar whose {@code dev.mxbot.cli.Main} prints its
 * arguments: which Java it picks for {@code check}, the class cache it records on the first run and
 * maps on the later ones (written under a temporary name and moved into place), and a standard
 * output holding the program's output only. A fake "Java 25" (a script that logs its arguments and
 * runs this JVM without the AOT flags) shows the JDK 25 path without needing that JDK; the real one
 * is used when found.
 */
@DisplayName("bin/mxbot picks the JVM and its class cache")
class LauncherTest {

  private static final Path LAUNCHER = Path.of("bin", "mxbot").toAbsolutePath();

  @TempDir static Path shared;

  private static Path jar;

  @BeforeAll
  static void tinyJar() throws IOException {
    Path stub =
        StubMain.compile(
            shared,
            " System.out.println(\"echo \" + String.join(\" \", a));"
                + " for (String s : a) { if (s.startsWith(\"--exit=\")) {"
                + " System.exit(Integer.parseInt(s.substring(7))); } } ");
    jar = shared.resolve("echo.jar");
    // named as mxbot's Main-Class, which the launcher names on the command line (-cp, not -jar)
    StubMain.jar(jar, "dev.mxbot.cli.Main", Map.of(StubMain.ENTRY, stub));
  }

  private record Run(int code, String out, String err) {}

  private static Run launch(Path cache, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("MXBOT_CDS");
    builder.environment().put("MXBOT_JAR", jar.toString());
    builder.environment().put("MXBOT_CDS_DIR", cache.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile(shared, "out", ".txt");
    Path err = Files.createTempFile(shared, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The caches in {@code directory} (and files on their way there), its index left out. */
  private static List<String> files(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("index"))
          .sorted()
          .toList();
    }
  }

  /** Waits (up to a minute) for a file ending in {@code suffix}, the background step's result. */
  private static Optional<String> awaitFile(Path directory, String suffix)
      throws IOException, InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(until)) {
      Optional<String> found =
          files(directory).stream().filter(f -> f.endsWith(suffix)).findFirst();
      // The launcher's background step moves the cache into place, then removes its .conf: wait
      // for both, not just the first.
      if (found.isPresent()
          && files(directory).stream().noneMatch(f -> f.contains(".tmp") || f.endsWith(".conf"))) {
        return found;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  @Test
  @DisplayName(
      "Java 17 alone: the first check records an AppCDS archive, the next maps it; text and JSON"
          + " checks have one each")
  void appCdsOnJava17(@TempDir Path cache) throws Exception {
    Map<String, String> noSearch = Map.of("MXBOT_JVM_DIR", "");
    Run first = launch(cache, noSearch, "check", "example.com");

    assertThat(first.code()).isZero();
    assertThat(first.out()).isEqualTo("echo check example.com\n");
    String feature = Runtime.version().feature() + "";
    assertThat(files(cache)).singleElement().asString().endsWith("-java" + feature + ".jsa");
    assertThat(launch(cache, noSearch, "check", "other.it").out())
        .isEqualTo("echo check other.it\n");
    assertThat(files(cache)).hasSize(1);

    Run json = launch(cache, noSearch, "check", "--json", "example.com");
    assertThat(json.out()).isEqualTo("echo check --json example.com\n");
    assertThat(files(cache)).hasSize(2).allMatch(f -> f.endsWith("-java" + feature + ".jsa"));
    launch(cache, noSearch, "check", "example.com", "--json");
    assertThat(files(cache)).hasSize(2);
  }

  @Test
  @DisplayName(
      "Java 17: a first check that ends without a report (exit 2, 3) or prints help records nothing")
  void noArchiveWithoutReport(@TempDir Path cache) throws Exception {
    Map<String, String> noSearch = Map.of("MXBOT_JVM_DIR", "");

    assertThat(launch(cache, noSearch, "check", "--exit=3", "example.com").code()).isEqualTo(3);
    assertThat(launch(cache, noSearch, "check", "--exit=2", "printer.local").code()).isEqualTo(2);
    assertThat(launch(cache, noSearch, "check", "--help").code()).isZero();
    assertThat(files(cache)).isEmpty();

    assertThat(launch(cache, noSearch, "check", "--exit=1", "example.com").code()).isEqualTo(1);
    assertThat(files(cache)).singleElement().asString().endsWith(".jsa");
  }

  @Test
  @DisplayName(
      "a cache directory that cannot be made (a read-only home, say): the check runs without a"
          + " cache, nothing on stderr; Java 17 and JDK 25")
  void noCacheDirectory(@TempDir Path dir, @TempDir Path jvms) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "");
    Path cache = file.resolve("mxbot");
    fakeJava25(jvms.resolve("fake-25"), jvms.resolve("java.log"));

    for (Map<String, String> env :
        List.of(Map.of("MXBOT_JVM_DIR", ""), Map.of("MXBOT_JVM_DIR", jvms.toString()))) {
      Run run = launch(cache, env, "check", "example.com");

      assertThat(run).isEqualTo(new Run(0, "echo check example.com\n", ""));
    }
  }

  @Test
  @DisplayName("no HOME, no XDG_CACHE_HOME, no MXBOT_CDS_DIR: the check runs, and no cache is made")
  void noHome() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("sh", LAUNCHER.toString(), "check", "example.com")
            .redirectErrorStream(true);
    builder.environment().keySet().removeAll(List.of("HOME", "XDG_CACHE_HOME", "MXBOT_CDS_DIR"));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("MXBOT_CDS");
    builder.environment().put("MXBOT_JAR", jar.toString());
    builder.environment().put("MXBOT_JVM_DIR", "");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(out).isZero();
    assertThat(out).isEqualTo("echo check example.com\n");
    assertThat(Path.of("/.cache", "mxbot")).doesNotExist();
  }

  @Test
  @DisplayName(
      "other JAVA_OPTS get an archive of their own: one made with other flags is not mapped")
  void archivePerJavaOpts(@TempDir Path cache) throws Exception {
    launch(cache, Map.of("MXBOT_JVM_DIR", ""), "check", "example.com");
    Run other =
        launch(
            cache, Map.of("MXBOT_JVM_DIR", "", "JAVA_OPTS", "-Dmxbot.x=1"), "check", "example.com");

    assertThat(other.out()).isEqualTo("echo check example.com\n");
    assertThat(files(cache)).hasSize(2).allMatch(f -> f.endsWith(".jsa"));
  }

  @Test
  @DisplayName("a JDK 25 under MXBOT_JVM_DIR runs check: record, cache made aside, then mapped")
  void aotCacheWithJava25(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    Path log = jvms.resolve("java.log");
    Path fake = fakeJava25(jvms.resolve("fake-25"), log);
    Map<String, String> env = Map.of("MXBOT_JVM_DIR", jvms.toString());

    Run first = launch(cache, env, "check", "example.com");
    assertThat(first.code()).isZero();
    assertThat(first.out()).isEqualTo("echo check example.com\n");
    Optional<String> made = awaitFile(cache, "-java25.aot");
    assertThat(made).as(files(cache).toString()).isPresent();
    assertThat(files(cache)).containsExactly(made.get());

    Run second = launch(cache, env, "check", "example.com");
    assertThat(second.out()).isEqualTo("echo check example.com\n");
    List<String> calls = Files.readAllLines(log);
    assertThat(calls).hasSize(4);
    // asked once whether it can leave method profiles out (this fake cannot)
    assertThat(calls.get(0)).contains("-XX:-AOTRecordTraining", "-version");
    assertThat(calls.get(1))
        .contains("-XX:AOTMode=record", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
        // the recording run also checks the demo's samples as text (CacheTraining)
        .contains("-Dmxbot.cache.training=text")
        .doesNotContain("AOTRecordTraining");
    assertThat(calls.get(2)).contains("-XX:AOTMode=create").doesNotContain("mxbot.cache.training");
    assertThat(calls.get(3))
        .contains(
            "-XX:AOTCache=" + cache.resolve(made.get()),
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC")
        // the main class named, so that the JVM need not read the jar to find it
        .contains("-cp " + jar + " dev.mxbot.cli.Main check")
        .doesNotContain("-jar")
        .doesNotContain("mxbot.cache.training");

    // serve keeps $JAVA_HOME's java and the default flags
    launch(cache, env, "serve", "--help");
    assertThat(Files.readAllLines(log)).hasSize(4);
    assertThat(fake).exists();
  }

  @Test
  @DisplayName(
      "JDK 25: a first check whose DNS does not answer makes no cache, --help records nothing;"
          + " the next whole check does")
  void noAotCacheWithoutReport(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    Path log = jvms.resolve("java.log");
    fakeJava25(jvms.resolve("fake-25"), log);
    Map<String, String> env = Map.of("MXBOT_JVM_DIR", jvms.toString());

    Run unanswered = launch(cache, env, "check", "--exit=3", "example.com");
    Run help = launch(cache, env, "check", "--help");

    assertThat(unanswered.code()).isEqualTo(3);
    assertThat(help.out()).isEqualTo("echo check --help\n");
    assertThat(files(cache)).isEmpty();
    List<String> calls = Files.readAllLines(log);
    assertThat(calls).noneMatch(call -> call.contains("AOTMode=create"));
    assertThat(calls.get(calls.size() - 1)).doesNotContain("AOTMode");

    launch(cache, env, "check", "example.com");
    assertThat(awaitFile(cache, "-java25.aot")).as(files(cache).toString()).isPresent();
  }

  @Test
  @DisplayName(
      "a JDK 25 that can leave training data out: a lean cache, mapped without replaying any")
  void leanAotCache(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    Path log = jvms.resolve("java.log");
    fakeJava25(jvms.resolve("fake-25"), log, true);
    Map<String, String> env = Map.of("MXBOT_JVM_DIR", jvms.toString());

    launch(cache, env, "check", "example.com");
    Optional<String> made = awaitFile(cache, "-java25-lean.aot");
    assertThat(made).as(files(cache).toString()).isPresent();
    Run second = launch(cache, env, "check", "example.com");

    assertThat(second.out()).isEqualTo("echo check example.com\n");
    List<String> calls = Files.readAllLines(log);
    assertThat(calls).hasSize(4);
    assertThat(calls.get(1)).contains("-XX:AOTMode=record", "-XX:-AOTRecordTraining");
    assertThat(calls.get(3))
        .contains("-XX:AOTCache=" + cache.resolve(made.get()), "-XX:-AOTReplayTraining");
  }

  @Test
  @DisplayName(
      "JDK 25 found, no JAVA_HOME: once the cache is made, a check starts no process before java"
          + " (no stat, cksum or readlink)")
  void cachedCheckStartsNoProcess(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    Path log = jvms.resolve("java.log");
    fakeJava25(jvms.resolve("fake-25"), log, true);
    Path tools = jvms.resolve("tools.log");
    Map<String, String> env =
        Map.of("MXBOT_JVM_DIR", jvms.toString(), "JAVA_HOME", "", "PATH", loggedTools(jvms, tools));

    launch(cache, env, "check", "example.com");
    Optional<String> made = awaitFile(cache, "-java25-lean.aot");
    assertThat(made).as(files(cache).toString()).isPresent();
    assertThat(Files.readAllLines(tools)).as("the first check works its key out").isNotEmpty();
    Files.delete(tools);

    Run second = launch(cache, env, "check", "example.com");

    assertThat(second.out()).isEqualTo("echo check example.com\n");
    assertThat(tools).as("no stat, cksum or readlink").doesNotExist();
    List<String> calls = Files.readAllLines(log);
    assertThat(calls.get(calls.size() - 1)).contains("-XX:AOTCache=" + cache.resolve(made.get()));
    assertThat(Files.readString(cache.resolve("index"))).startsWith(made.get().split("-")[1] + " ");
  }

  @Test
  @DisplayName(
      "a rebuilt jar (another time): the next check records a cache of its own, and the old one of"
          + " the same jar path, JVM and flags is deleted")
  void rebuiltJarReplacesItsCache(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    fakeJava25(jvms.resolve("fake-25"), jvms.resolve("java.log"), true);
    Path copy = Files.copy(jar, jvms.resolve("mxbot.jar"));
    Map<String, String> env =
        Map.of("MXBOT_JVM_DIR", jvms.toString(), "MXBOT_JAR", copy.toString());
    launch(cache, env, "check", "example.com");
    String first = awaitFile(cache, "-lean.aot").orElseThrow();

    Files.setLastModifiedTime(
        copy, FileTime.from(Files.getLastModifiedTime(copy).toInstant().plusSeconds(60)));
    Run afterRebuild = launch(cache, env, "check", "example.com");

    assertThat(afterRebuild.out()).isEqualTo("echo check example.com\n");
    assertReplaced(cache, first);
    assertThat(Files.readAllLines(cache.resolve("index"))).hasSize(1);
  }

  @Test
  @DisplayName(
      "a JDK updated in place (same home, another build in its release file): a new cache, the"
          + " old one deleted")
  void updatedJdkReplacesItsCache(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    Path home = jvms.resolve("fake-25");
    Path log = jvms.resolve("java.log");
    fakeJava25(home, log, true);
    Map<String, String> env = Map.of("MXBOT_JVM_DIR", jvms.toString());
    launch(cache, env, "check", "example.com");
    String first = awaitFile(cache, "-lean.aot").orElseThrow();

    Files.writeString(
        home.resolve("release"),
        "JAVA_RUNTIME_VERSION=\"25.0.2+7\"\nJAVA_VERSION=\"25.0.2\"\n",
        StandardCharsets.UTF_8);
    Run updated = launch(cache, env, "check", "example.com");

    assertThat(updated.out()).isEqualTo("echo check example.com\n");
    List<String> calls = Files.readAllLines(log);
    assertThat(calls.stream().filter(call -> call.contains("-XX:AOTMode=record"))).hasSize(2);
    assertReplaced(cache, first);
  }

  @Test
  @DisplayName(
      "a cache without its index line (made by an older launcher, or the line lost): mapped, and"
          + " remembered for the next check")
  void cacheWithoutIndexIsAdopted(@TempDir Path cache, @TempDir Path jvms) throws Exception {
    Path log = jvms.resolve("java.log");
    fakeJava25(jvms.resolve("fake-25"), log, true);
    Path tools = jvms.resolve("tools.log");
    Map<String, String> env =
        Map.of("MXBOT_JVM_DIR", jvms.toString(), "PATH", loggedTools(jvms, tools));
    launch(cache, env, "check", "example.com");
    String made = awaitFile(cache, "-lean.aot").orElseThrow();
    Files.delete(cache.resolve("index"));
    Files.setLastModifiedTime(cache.resolve(made), FileTime.from(Instant.now().plusSeconds(5)));
    Files.deleteIfExists(tools);

    Run adopted = launch(cache, env, "check", "example.com");
    assertThat(adopted.out()).isEqualTo("echo check example.com\n");
    assertThat(Files.readAllLines(tools)).anyMatch(line -> line.startsWith("stat "));
    Files.delete(tools);
    Run next = launch(cache, env, "check", "example.com");

    assertThat(next.out()).isEqualTo("echo check example.com\n");
    assertThat(tools).doesNotExist();
    List<String> calls = Files.readAllLines(log);
    assertThat(calls.subList(calls.size() - 2, calls.size()))
        .allMatch(call -> call.contains("-XX:AOTCache=" + cache.resolve(made)));
    assertThat(files(cache)).containsExactly(made);
  }

  /**
   * Waits (up to a minute each) for the cache {@code first} to be deleted and its successor to be
   * in place, then checks the successor is the only cache left.
   */
  private static void assertReplaced(Path cache, String first) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (files(cache).contains(first) && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    assertThat(awaitFile(cache, "-lean.aot")).isPresent();
    assertThat(files(cache)).singleElement().isNotEqualTo(first);
  }

  /**
   * A PATH whose {@code stat}, {@code cksum} and {@code readlink} log their call to {@code log} and
   * run the real ones; the rest of this JVM's PATH follows.
   */
  private static String loggedTools(Path dir, Path log) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("logged-bin"));
    String path = System.getenv("PATH");
    for (String tool : List.of("stat", "cksum", "readlink")) {
      Path real =
          Stream.of(path.split(":"))
              .map(d -> Path.of(d, tool))
              .filter(Files::isExecutable)
              .findFirst()
              .orElseThrow();
      Path wrapper = bin.resolve(tool);
      Files.writeString(
          wrapper,
          "#!/bin/sh\necho \"" + tool + " $*\" >> '" + log + "'\nexec '" + real + "' \"$@\"\n");
      Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin + ":" + path;
  }

  @Test
  @DisplayName("with the real JDK 25+ of /usr/lib/jvm (when there is one), a second check maps it")
  void realJava25(@TempDir Path cache) throws Exception {
    Path jvms = Path.of("/usr/lib/jvm");
    boolean found = false;
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> list = Files.list(jvms)) {
        found = list.anyMatch(LauncherTest::isJava25OrLater);
      }
    }
    Assumptions.assumeTrue(found, "no JDK 25+ under /usr/lib/jvm: the AOT cache is not tried");

    Run first = launch(cache, Map.of(), "check", "example.com");
    assertThat(first.out()).isEqualTo("echo check example.com\n");
    assertThat(awaitFile(cache, ".aot")).as(files(cache).toString()).isPresent();
    Run second = launch(cache, Map.of(), "check", "other.it");
    assertThat(second.out()).isEqualTo("echo check other.it\n");
    assertThat(second.err()).isEmpty();
    assertThat(files(cache)).singleElement().asString().endsWith(".aot");
  }

  private static boolean isJava25OrLater(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String feature = line.substring(14).split("[.\"]")[0];
          return Integer.parseInt(feature) >= 25 && Files.isExecutable(home.resolve("bin/java"));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return false;
    }
    return false;
  }

  /**
   * A "JDK 25": its release file says 25; its {@code bin/java} logs its arguments, writes the files
   * the AOT flags name, and runs this JVM without them.
   */
  private static Path fakeJava25(Path home, Path log) throws IOException {
    return fakeJava25(home, log, false);
  }

  /** The same; {@code lean}: it takes (and drops) the flags that leave training data out. */
  private static Path fakeJava25(Path home, Path log, boolean lean) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
    String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script =
        String.join(
            "\n",
            "#!/bin/sh",
            "echo \"$*\" >> '" + log + "'",
            "mode=",
            "for a in \"$@\"; do case \"$a\" in -XX:AOTMode=*) mode=${a#*=} ;; esac; done",
            "for a in \"$@\"; do case \"$a\" in",
            "  -XX:AOTConfiguration=*) [ \"$mode\" = record ] && echo conf > \"${a#*=}\" ;;",
            "  -XX:AOTCache=*) [ \"$mode\" = create ] && { sleep 1; echo aot > \"${a#*=}\"; } ;;",
            "esac; done",
            "[ \"$mode\" = create ] && exit 0",
            "n=$#",
            "while [ \"$n\" -gt 0 ]; do",
            "  a=$1; shift; n=$((n - 1))",
            "  case \"$a\" in -XX:AOT* | -Xlog*"
                + (lean ? " | -XX:-AOT*" : "")
                + ") ;; *) set -- \"$@\" \"$a\" ;; esac",
            "done",
            "exec '" + real + "' \"$@\"",
            "");
    Path java = home.resolve("bin").resolve("java");
    Files.writeString(java, script, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return java;
  }
}
