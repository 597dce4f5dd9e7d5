package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.StubMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar mxbot.jar check …} hands the check to {@code bin/mxbot} beside the jar's
 * directory. The process tests run a jar laid out as the repository's ({@code target/mxbot.jar},
 * {@code bin/mxbot}) holding mxbot's own {@code JarMain} and {@code LauncherHandOff} and, as {@code
 * Main}, a stub that says it ran in this JVM; the "launcher" is a script that says what it got.
 */
@DisplayName("java -jar … check hands off to the launcher")
class JarHandOffTest {

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir static Path shared;

  private static Path jar;

  @BeforeAll
  static void layout() throws IOException {
    Path stub =
        StubMain.compile(
            shared,
            " System.out.println((System.getenv(\"MXBOT_HANDOFF\") == null ? \"in-process \""
                + " : \"handed off \") + String.join(\" \", a)); ");
    jar = Files.createDirectories(shared.resolve("app").resolve("target")).resolve("mxbot.jar");
    Map<String, Path> entries = new LinkedHashMap<>();
    entries.put(StubMain.ENTRY, stub);
    try (Stream<Path> files = Files.list(Path.of("target", "classes", "dev", "mxbot", "cli"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.matches(
            "(JarMain|LauncherHandOff|LauncherCopy|EmbeddedLauncher)(\\$.*)?\\.class")) {
          entries.put("dev/mxbot/cli/" + name, file);
        }
      }
    }
    StubMain.jar(jar, JarMain.class.getName(), entries);
  }

  /** Writes {@code bin/mxbot} of the jar's layout: {@code body} after the launcher's header. */
  private static void launcher(String body) throws IOException {
    Path launcher = Files.createDirectories(shared.resolve("app").resolve("bin")).resolve("mxbot");
    Files.writeString(launcher, "#!/bin/sh\n# mxbot launcher: a stand-in\n" + body);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Run(int code, String out) {}

  private static Run java(Map<String, String> env, String input, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(args));
    command.add(0, JAVA);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("MXBOT_CDS");
    builder.environment().remove(LauncherHandOff.MARKER);
    builder.environment().remove("JAVA_HOME");
    // where a written-out launcher and its caches go; Java 17 only, so its first check is short
    builder.environment().put("MXBOT_CDS_DIR", shared.resolve("cache").toString());
    builder.environment().put("MXBOT_JVM_DIR", "");
    builder.environment().putAll(env);
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out);
  }

  @Nested
  @EnabledOnOs(OS.LINUX) // the JVM's own command line is read from /proc
  @DisplayName("as processes")
  class Processes {

    @Test
    @DisplayName(
        "a check is run by the launcher: same arguments, same standard streams, its exit code,"
            + " this jar and this JVM's home")
    void checkGoesToTheLauncher() throws Exception {
      launcher(
          "echo \"launcher $*\"\necho \"jar=$MXBOT_JAR handoff=$MXBOT_HANDOFF java=$JAVA_HOME\"\n"
              + "cat\nexit 3\n");

      Run run = java(Map.of(), "example.org\n", "-jar", jar.toString(), "check", "-", "--json");

      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out())
          .isEqualTo(
              "launcher check - --json\n"
                  + "jar="
                  + jar.toAbsolutePath()
                  + " handoff=1 java="
                  + System.getProperty("java.home")
                  + "\nexample.org\n");
    }

    @Test
    @DisplayName("the user's JAVA_HOME is kept")
    void javaHomeKept() throws Exception {
      launcher("echo \"java=$JAVA_HOME\"\n");

      Run run =
          java(Map.of("JAVA_HOME", "/opt/some-jdk"), "", "-jar", jar.toString(), "check", "a.it");

      assertThat(run.out()).isEqualTo("java=/opt/some-jdk\n");
    }

    @Test
    @DisplayName("the check stays in this JVM: another command, a JVM option, MXBOT_CDS=off")
    void staysHere() throws Exception {
      launcher("echo launcher\n");

      assertThat(java(Map.of(), "", "-jar", jar.toString(), "serve").out())
          .isEqualTo("in-process serve\n");
      assertThat(java(Map.of(), "", "-Xshare:auto", "-jar", jar.toString(), "check", "a.it").out())
          .isEqualTo("in-process check a.it\n");
      assertThat(java(Map.of("MXBOT_CDS", "off"), "", "-jar", jar.toString(), "check", "a.it"))
          .isEqualTo(new Run(0, "in-process check a.it\n"));
    }

    @Test
    @DisplayName(
        "with no launcher beside the jar (or a file there that is not one) the jar's own copy runs"
            + " the check, written to the cache directory")
    void carriedLauncher(@TempDir Path cache) throws Exception {
      Path alone = Files.createDirectories(shared.resolve("alone")).resolve("mxbot.jar");
      Files.copy(jar, alone, StandardCopyOption.REPLACE_EXISTING);
      Map<String, String> env = Map.of("MXBOT_CDS_DIR", cache.toString());

      Run run = java(env, "", "-jar", alone.toString(), "check", "a.it");

      assertThat(run).isEqualTo(new Run(0, "handed off check a.it\n"));
      try (Stream<Path> files = Files.list(cache)) {
        Path copy =
            files
                .filter(f -> f.getFileName().toString().matches("launcher-[0-9a-f]+\\.sh"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(Path.of("bin", "mxbot")));
      }

      launcher("");
      Files.writeString(
          shared.resolve("app").resolve("bin").resolve("mxbot"), "#!/bin/sh\necho someone else\n");
      assertThat(java(env, "", "-jar", jar.toString(), "check", "a.it"))
          .isEqualTo(new Run(0, "handed off check a.it\n"));
    }

    @Test
    @DisplayName("a JVM told to stop (SIGTERM) stops the launcher's check with it")
    void stopTogether() throws Exception {
      Path stopped = shared.resolve("launcher.stopped");
      Files.deleteIfExists(stopped);
      // says it is running on the shared standard output, then waits for a minute; a SIGTERM ends
      // the wait at once and leaves a mark, a minute gone by ends it without one
      launcher(
          "trap 'echo TERM > \""
              + stopped
              + "\"; exit 143' TERM\necho running\nsleep 60 &\nwait $!\n");
      ProcessBuilder builder =
          new ProcessBuilder(JAVA, "-jar", jar.toString(), "check", "a.it")
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().remove("MXBOT_CDS");
      builder.environment().remove(LauncherHandOff.MARKER);
      builder.environment().put("MXBOT_CDS_DIR", shared.resolve("cache").toString());
      Process java = builder.start();
      java.getOutputStream().close();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(java.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("running");
      ProcessHandle launcher = java.toHandle().children().findFirst().orElseThrow();

      java.destroy(); // SIGTERM to the JVM alone

      java.waitFor();
      launcher.onExit().join();
      assertThat(stopped).as("the launcher was stopped, not left to run its course").exists();
    }

    @Test
    @DisplayName(
        "a launcher that runs java -jar again (as with MXBOT_CDS=off) gets the check in that JVM,"
            + " never a loop")
    void noLoop() throws Exception {
      launcher("exec \"" + JAVA + "\" -jar \"$MXBOT_JAR\" \"$@\"\n");

      Run run = java(Map.of(), "", "-jar", jar.toString(), "check", "a.it");

      // run once, by the JVM the launcher started (the launcher's marker in its environment)
      assertThat(run).isEqualTo(new Run(0, "handed off check a.it\n"));
    }
  }

  @Nested
  @DisplayName("the decision")
  class Decision {

    private final String[] check = {"check", "a.it"};

    private List<String> started(String... words) {
      return List.of(words);
    }

    @Test
    @DisplayName("only exactly java -jar JAR <the same arguments>")
    void onlyPlainJavaJar() {
      assertThat(
              LauncherHandOff.launch(
                  check, started("java", "-cp", "x.jar", "check", "a.it"), Map.of(), "/jdk"))
          .isEmpty();
      assertThat(
              LauncherHandOff.launch(
                  check, started("java", "-jar", "x.jar", "check", "b.it"), Map.of(), "/jdk"))
          .isEmpty();
      assertThat(LauncherHandOff.launch(check, List.of(), Map.of(), "/jdk")).isEmpty();
      assertThat(
              LauncherHandOff.launch(
                  new String[0], started("java", "-jar", "x.jar"), Map.of(), "/jdk"))
          .isEmpty();
    }

    @Test
    @DisplayName("never from inside the launcher's process tree")
    void markerStops() throws Exception {
      launcher("echo launcher\n");
      List<String> line = started("java", "-jar", jar.toString(), "check", "a.it");

      assertThat(LauncherHandOff.launch(check, line, Map.of(), "/jdk")).isPresent();
      assertThat(LauncherHandOff.launch(check, line, Map.of(LauncherHandOff.MARKER, "1"), "/jdk"))
          .isEmpty();
    }
  }
}
