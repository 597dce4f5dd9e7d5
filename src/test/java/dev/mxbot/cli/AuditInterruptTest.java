package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.testing.DemoWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C for real: SIGINT to a child JVM running {@code audit} stops it cleanly (exit 130, whole
 * lines only), and {@code --resume} then finishes the rest without checking a line twice.
 */
@DisplayName("mxbot audit stopped by SIGINT, then resumed")
class AuditInterruptTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @Timeout(300)
  @DisplayName("SIGINT: exit 130, whole lines; --resume finishes, each line once")
  void sigintThenResume() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
        "kill(1) is needed to send SIGINT");
    try (DemoWorld world = DemoWorld.start()) {
      // Slow answers: each domain takes a few rounds of 150 ms, so the audit is still running
      // when the signal comes.
      world.server.delayAll(Duration.ofMillis(150));
      // Twelve different domains: a repeated one would be answered from the recent reports.
      List<String> domains =
          List.of(
              "ovh-customer.it",
              "mx-2016.it",
              "spf-none.it",
              "mx-legacy.it",
              "redirect-only.it",
              "mixed-mx.it",
              "no-mx.it",
              "dmarc-none.it",
              "dkim-none.it",
              "spf-includes.it",
              "mx-alias.it",
              "null-mx.it");
      Path input = dir.resolve("domains.txt");
      Files.writeString(input, String.join("\n", domains) + "\n");
      Path out = dir.resolve("out.jsonl");
      List<String> args =
          List.of(
              "audit",
              "--config",
              "bot-config",
              "--timeout",
              "8",
              "--resolver",
              world.resolverOption(),
              "--authoritative-port",
              String.valueOf(world.server.port()),
              "--allow-private-addresses",
              "--concurrency",
              "1",
              input.toString(),
              "--out",
              out.toString());
      List<String> command = new ArrayList<>(signalsAsAtATerminal());
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
      command.addAll(args);
      Process child =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("child.log").toFile())
              .start();
      // Wait (not a timing assertion) for the first line written, then Ctrl-C.
      while (child.isAlive() && lineCount(out) < 1) {
        Thread.sleep(50);
      }
      assertThat(child.isAlive()).as("still auditing when interrupted").isTrue();
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

      String log = Files.readString(dir.resolve("child.log"));
      assertThat(child.exitValue()).as(log).isEqualTo(130);
      List<Integer> first = lineNumbers(out);
      assertThat(first).isNotEmpty().hasSizeLessThan(12).doesNotHaveDuplicates();
      assertThat(Files.readString(out)).endsWith("\n");

      world.server.delayAll(Duration.ZERO);
      StringWriter err = new StringWriter();
      List<String> resume = new ArrayList<>(args);
      resume.add("--resume");
      int code =
          Main.run(
              resume.toArray(String[]::new),
              new java.io.BufferedReader(new java.io.StringReader("")),
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));

      assertThat(code).as(err.toString()).isZero();
      assertThat(err.toString()).contains(first.size() + " lines already done");
      List<Integer> all = lineNumbers(out);
      assertThat(all).hasSize(12).doesNotHaveDuplicates();
      assertThat(all.subList(0, first.size())).isEqualTo(first);
    }
  }

  /**
   * A test run started in the background ({@code mvn verify &}, nohup) inherits SIGINT ignored, as
   * every process a non-interactive shell starts with {@code &} does; a JVM that starts with SIGINT
   * ignored keeps it so, and Ctrl-C would then reach nothing. GNU {@code env --default-signal}
   * (coreutils 8.31+) gives the child SIGINT's default back, as at a terminal; without it, the test
   * is skipped only when SIGINT is in fact ignored here.
   */
  private static List<String> signalsAsAtATerminal() throws Exception {
    Process probe =
        new ProcessBuilder("env", "--default-signal=INT", "true")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
      return List.of("env", "--default-signal=INT");
    }
    assumeTrue(
        !sigintIgnored(),
        "SIGINT is ignored in this test run (started in the background) and this env cannot"
            + " restore it, so Ctrl-C cannot be sent");
    return List.of();
  }

  /** Whether this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status). */
  private static boolean sigintIgnored() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseLong(line.substring(7).trim(), 16) & 0b10) != 0;
      }
    }
    return false;
  }

  private static long lineCount(Path file) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    return Files.readString(file, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
  }

  private static List<Integer> lineNumbers(Path file) throws Exception {
    List<Integer> numbers = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      numbers.add(JSON.readTree(line).get("line").asInt());
    }
    return numbers;
  }
}
