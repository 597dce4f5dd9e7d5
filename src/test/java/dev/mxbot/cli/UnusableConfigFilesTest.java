package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.configfile.SpecialFiles;
import dev.mxbot.testing.TreeCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file of {@code bot-config/} replaced by what an attacker (or a slip) could put there: start-up
 * stops with one line naming the file and what is wrong, exit 2, before any DNS question.
 */
@DisplayName("mxbot with an unusable configuration file")
class UnusableConfigFilesTest {

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String file :
        List.of("mxbot.yaml", "guides.yaml", "providers/ovhcloud.yaml", "demo/demo.yaml")) {
      for (SpecialFiles kind : SpecialFiles.values()) {
        cases.add(Arguments.of(file, kind));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a FIFO must not hang
  @DisplayName("a dangling link, a FIFO, a device, a directory or 2 MiB stops start-up, exit 2")
  void refused(String file, SpecialFiles kind) throws Exception {
    Path config = TreeCopy.botConfig(dir);
    Path replaced = config.resolve(file);
    Files.delete(replaced);
    String expected = kind.make(replaced);

    CheckCommandTest.Run run = start(config, file.startsWith("demo/") ? "demo" : "check");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("mxbot: " + replaced + ": " + expected);
  }

  @Test
  @DisplayName("locale: nl stops start-up naming the file, the key, the value and the languages")
  void unknownLocale() throws IOException {
    Path config = TreeCopy.botConfig(dir);
    Files.writeString(config.resolve("mxbot.yaml"), "locale: nl\n");

    CheckCommandTest.Run run = start(config, "check");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "mxbot: "
                + config.resolve("mxbot.yaml")
                + ": locale: expected one of en, it, fr, de, es, pl, pt, got \"nl\"");
  }

  @Test
  @DisplayName("a missing guides.yaml stops start-up as before, now saying there is no such file")
  void missingGuides() throws IOException {
    Path config = TreeCopy.botConfig(dir);
    Files.delete(config.resolve("guides.yaml"));

    CheckCommandTest.Run run = start(config, "check");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "mxbot: " + config.resolve("guides.yaml") + ": no such file; expected a regular file");
  }

  /**
   * Runs {@code command} on {@code config}; should it get past the configuration, its questions go
   * to a closed loopback port, never to the system's resolver.
   */
  private static CheckCommandTest.Run start(Path config, String command) {
    List<String> args = new ArrayList<>(List.of(command, "--config", config.toString()));
    if (command.equals("check")) {
      args.addAll(List.of("--resolver", "127.0.0.1:1", "--timeout", "1", "example.it"));
    }
    return CheckCommandTest.run(args.toArray(String[]::new));
  }

  /** The shipped configuration, in a directory of its own. */
}
