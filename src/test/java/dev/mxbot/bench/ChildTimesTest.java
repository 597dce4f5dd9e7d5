package dev.mxbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the benchmark times a child process to the millisecond, not in clock ticks")
class ChildTimesTest {

  private static final Path BASH = Path.of("/bin/bash");

  @Test
  @DisplayName("bash's line gives the wall time and the user plus system time")
  void bashLine() {
    assertThat(ChildTimes.parse("mxbot-times 0.203 0.150 0.071\n", 0))
        .contains(new ChildTimes(203, 221, 0));
  }

  @Test
  @DisplayName("a locale's decimal comma is read too, and the last line with times counts")
  void commaAndLastLine() {
    assertThat(
            ChildTimes.parse("mxbot-times 9,000 9,000 9,000\nmxbot-times 0,040 0,030 0,012\n", 3))
        .contains(new ChildTimes(40, 42, 3));
  }

  @Test
  @DisplayName("no times on bash's standard error: nothing is made up")
  void noTimes() {
    assertThat(ChildTimes.parse("bash: time: command not found\n", 127)).isEmpty();
    assertThat(ChildTimes.parse("mxbot-times 0.1 x 0.1\n", 0)).isEmpty();
  }

  @Test
  @DisplayName("the command runs in its directory and environment; its output goes nowhere")
  void runsAsBuilt(@TempDir Path directory) throws Exception {
    assumeTrue(Files.isExecutable(BASH), "no bash here");
    Files.writeString(directory.resolve("marker"), "");
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", "echo out; echo err >&2; test -f marker && exit $CODE")
            .directory(directory.toFile());
    builder.environment().put("CODE", "5");

    ChildTimes times = ChildTimes.timedByBash(BASH, builder);

    assertThat(times.exitCode()).isEqualTo(5);
    assertThat(times.wallMillis()).isPositive();
    assertThat(times.cpuMillis()).isNotNaN().isNotNegative();
  }

  @Test
  @DisplayName("an exit code above what the caller accepts is an error, whoever timed it")
  void badExit() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", "exit 4");

    assertThatThrownBy(() -> ChildTimes.run(builder, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exited with 4");
    assertThat(ChildTimes.run(builder, Integer.MAX_VALUE).exitCode()).isEqualTo(4);
  }
}
