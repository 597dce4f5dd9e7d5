package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a script reading {@code check --json} gets on standard output: the JSON and nothing else —
 * no logging status, no JVM chatter. Run in a fresh JVM with the shipped logging configuration (the
 * test classes' own logback-test.xml left off the class path).
 */
@DisplayName("check --json in a fresh JVM")
class CleanOutputTest {

  @Test
  @DisplayName("prints only the JSON on standard output")
  void onlyJson() throws Exception {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath,
            Main.class.getName(),
            "check",
            "--config",
            "bot-config",
            "--json",
            "printer.local");
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(new ObjectMapper().readTree(out).get("error").get("code").asText())
        .isEqualTo("INPUT_NOT_ALLOWED");
    assertThat(out.strip()).startsWith("{").endsWith("}");
  }
}
