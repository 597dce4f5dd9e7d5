package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check} and {@code console} start light: the chat SDKs (JDA) are loaded only when {@code
 * serve} starts a chat adapter, Jackson only for {@code check --json}. Checked in a fresh JVM that
 * lists every class it loads.
 */
@DisplayName("mxbot starts light")
class LightStartTest {

  @ParameterizedTest(name = "{0} loads no JDA class")
  @CsvSource({"check localhost, ''", "console, quit"})
  void noJda(String command, String typed) throws Exception {
    assertThat(loadedClasses(command, typed))
        .contains("dev.mxbot.cli.Main")
        .doesNotContain("net.dv8tion");
  }

  @Test
  @DisplayName("a text check loads no Jackson class: knowledge files are read with SnakeYAML")
  void noJackson() throws Exception {
    assertThat(loadedClasses("check localhost", ""))
        .contains("dev.mxbot.configfile.YamlReader")
        .doesNotContain("com.fasterxml");
  }

  @Test
  @DisplayName(
      "a check that diagnoses loads no chat SDK, HTTP server, metrics, TLS trust store or Guice"
          + " injector class")
  void diagnosisOnly() throws Exception {
    // Port 9 on loopback: every question fails at once, yet every check runs (exit 3).
    String loaded =
        loadedClasses(
            "check --resolver 127.0.0.1:9 --authoritative-port 9 --timeout 2 ovh-customer.it", "");

    assertThat(loaded).contains("dev.mxbot.checks.MxCheck", "dev.mxbot.checks.MtaStsCheck");
    assertThat(loaded.lines().filter(line -> line.contains("class,load")))
        .noneMatch(line -> line.contains(" com.slack."))
        .noneMatch(line -> line.contains(" net.dv8tion."))
        .noneMatch(line -> line.contains(" org.eclipse.jetty."))
        .noneMatch(line -> line.contains(" org.java_websocket."))
        .noneMatch(line -> line.contains(" io.micrometer."))
        .noneMatch(line -> line.contains(" io.prometheus."))
        .noneMatch(line -> line.contains(" sun.security.validator."))
        // built by hand (CheckWiring): Guice's start-up alone was a quarter of a cold check
        .noneMatch(line -> line.contains(" com.google.inject.internal."));
  }

  /** Every class a fresh JVM loads for {@code command} with {@code typed} on its input. */
  private static String loadedClasses(String command, String typed) throws Exception {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    args.addAll(List.of("-verbose:class", "-cp", System.getProperty("java.class.path")));
    args.add(Main.class.getName());
    args.addAll(List.of(command.split(" ")));
    args.addAll(List.of("--config", "bot-config"));
    Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
    process.getOutputStream().write((typed + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = read(process);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
