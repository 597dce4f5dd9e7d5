package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DeferredLogging} in a JVM of its own, with the shipped logging (no test configuration on
 * the class path): Logback's classes load only when the first line at the level is written, and
 * that line looks as it would with Logback alone.
 */
@DisplayName("a check's logging in a fresh JVM")
class DeferredLoggingProcessTest {

  @Test
  @DisplayName("Logback loads at the first WARN line, not before, and writes it in mxbot's format")
  void logbackOnlyAtTheFirstLine(@TempDir Path probeDirectory) throws Exception {
    Path probe = probeDirectory.resolve("dev/mxbot/ops/DeferredLoggingProbe.class");
    Files.createDirectories(probe.getParent());
    try (var in = DeferredLoggingProbe.class.getResourceAsStream("DeferredLoggingProbe.class")) {
      Files.copy(in, probe);
    }
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator))
            + File.pathSeparator
            + probeDirectory;
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dslf4j.provider=" + DeferredLogging.class.getName(),
                "-Dslf4j.internal.verbosity=WARN",
                "-verbose:class",
                "-cp",
                classPath,
                DeferredLoggingProbe.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("MXBOT_"));
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> out = read(process, false);
    CompletableFuture<String> err = read(process, true);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    List<String> lines = out.get().lines().toList();
    int debugAsked = lines.indexOf("probe: debug asked");
    int warnAsked = lines.indexOf("probe: warn asked");
    int logback = indexOf(lines, " ch.qos.logback.classic.LoggerContext ");
    assertThat(process.exitValue()).as("standard error:%n%s", err.get()).isZero();
    assertThat(debugAsked).isNotNegative();
    assertThat(logback).as("Logback loaded after the DEBUG line").isGreaterThan(debugAsked);
    assertThat(logback).as("and before the WARN line was done").isLessThan(warnAsked);
    assertThat(err.get())
        .containsPattern(
            "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  dev.mxbot.probe - the probe's warning 42")
        .contains("java.lang.IllegalStateException: made up")
        .doesNotContain("a line below the level")
        .doesNotContain("SLF4J");
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static CompletableFuture<String> read(Process process, boolean error) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (var in = error ? process.getErrorStream() : process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
