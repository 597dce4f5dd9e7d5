package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The benchmark ({@code src/bench/java}: {@code bench}, {@code soak}) is not in the product: no
 * class compiled from it is among the production classes ({@code target/classes}, which with the
 * dependencies make {@code target/mxbot.jar}), and the shipped command line has neither command.
 */
@DisplayName("the benchmark is not in the product")
class BenchOutOfProductTest {

  private static final Path BENCH_SOURCES = Path.of("src", "bench", "java");

  @Test
  @DisplayName(
      "no class of src/bench/java, and no dev.mxbot.bench at all, in the production classes")
  void productionClassesHaveNoBenchClass() throws Exception {
    List<String> benchClasses = benchClassFiles();
    assertThat(benchClasses)
        .as("classes of src/bench/java")
        .contains("dev/mxbot/bench/Benchmark.class", "dev/mxbot/cli/BenchMain.class");

    Set<String> production = productionEntries();
    assertThat(production).as("production classes").contains("dev/mxbot/cli/Main.class");

    assertThat(production).doesNotContainAnyElementsOf(benchClasses);
    assertThat(production).noneMatch(entry -> entry.startsWith("dev/mxbot/bench/"));
  }

  @Test
  @DisplayName("mxbot bench and mxbot soak are unknown commands")
  void shippedCommandLineHasNoBench() {
    for (String command : List.of("bench", "soak")) {
      StringWriter err = new StringWriter();
      int exit =
          Main.run(
              new String[] {command, "--runs", "1"},
              new BufferedReader(new StringReader("")),
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));

      assertThat(exit).as(command).isEqualTo(Main.BAD_INPUT);
      assertThat(err.toString()).as(command).contains("Unmatched argument").contains(command);
    }
  }

  /** The class files src/bench/java compiles to (top-level types, relative, with '/'). */
  private static List<String> benchClassFiles() throws IOException {
    List<String> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(BENCH_SOURCES)) {
      for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String relative = BENCH_SOURCES.relativize(source).toString().replace('\\', '/');
        classes.add(relative.substring(0, relative.length() - ".java".length()) + ".class");
      }
    }
    return classes;
  }

  /** Every file of the production classes: the directory (or jar) {@link Main} was loaded from. */
  private static Set<String> productionEntries() throws IOException, URISyntaxException {
    Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> entries = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .filter(Files::isRegularFile)
            .forEach(f -> entries.add(location.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        jar.stream().map(ZipEntry::getName).forEach(entries::add);
      }
    }
    return entries;
  }
}
