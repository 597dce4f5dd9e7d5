package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JLine loads only for a console on a real terminal: {@code check} never loads it, nor does a
 * console or demo reading a pipe. Checked in a fresh JVM that lists every class it loads.
 */
@DisplayName("no line editor off a terminal")
class NoLineEditorOffTerminalTest {

  @ParameterizedTest(name = "{0} loads no JLine class")
  @CsvSource({"check localhost, ''", "console, quit", "demo, quit"})
  void noJline(String command, String typed) throws Exception {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    args.addAll(List.of("-verbose:class", "-cp", System.getProperty("java.class.path")));
    args.add(Main.class.getName());
    args.addAll(List.of(command.split(" ")));
    args.addAll(List.of("--config", "bot-config"));
    Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
    process.getOutputStream().write((typed + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("dev.mxbot.cli.Main").doesNotContain("org.jline");
  }
}
