package dev.mxbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The yardstick nobody optimises: a trivial Java program's cold start ({@code java -cp DIR Hello},
 * printing "hi"), compiled into the benchmark's work directory by the running JDK's compiler. A
 * {@code check}'s figures are given as ratios to it, measured in pairs (yardstick, then the
 * command, then the ratio of the two), so that a machine busy with something else slows both.
 */
final class Yardstick {

  private final List<String> command;

  private Yardstick(List<String> command) {
    this.command = List.copyOf(command);
  }

  /** The yardstick compiled into {@code directory}; empty when this runtime has no compiler. */
  static Optional<Yardstick> compile(Path directory) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      return Optional.empty();
    }
    Path sources = Files.createDirectories(directory.resolve("yardstick-src"));
    Path classes = Files.createDirectories(directory.resolve("yardstick"));
    Path source = sources.resolve("Hello.java");
    Files.writeString(
        source,
        "public class Hello { public static void main(String[] a) {"
            + " System.out.println(\"hi\"); } }\n");
    if (compiler.run(null, null, null, "-d", classes.toString(), source.toString()) != 0) {
      return Optional.empty();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return Optional.of(new Yardstick(List.of(java, "-cp", classes.toString(), "Hello")));
  }

  /** {@code java -cp DIR Hello}. */
  List<String> command() {
    return command;
  }
}
