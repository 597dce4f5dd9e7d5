package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code mxbot-bench soak}, run for a few seconds instead of 30 minutes. */
@DisplayName("mxbot-bench soak")
class SoakCommandTest {

  @Test
  @DisplayName(
      "soak --seconds 4 --every 2 prints a line of heap, threads, p99, commands and errors every 2"
          + " s, and ends with no error")
  void smoke() {
    StringWriter out = new StringWriter();
    int exit =
        BenchMain.run(
            new String[] {
              "soak", "--seconds", "4", "--every", "2", "--rate", "20", "--delay", "5ms"
            },
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    List<String> lines = out.toString().lines().toList();
    System.out.println(out);
    assertThat(exit).as(out.toString()).isZero();
    List<String> reports = lines.stream().filter(l -> l.startsWith("second ")).toList();
    assertThat(reports).hasSize(2);
    assertThat(reports)
        .allSatisfy(
            line ->
                assertThat(line)
                    .containsPattern("heap after GC \\d+ MB  threads \\d+  p99 \\d+ ms")
                    .containsPattern("commands [1-9]\\d*  errors 0  shed 0"));
    assertThat(lines).anyMatch(l -> l.startsWith("soak done: ") && l.contains(" 0 errors"));
  }
}
