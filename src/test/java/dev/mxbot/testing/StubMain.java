package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;

/**
 * A {@code dev.mxbot.cli.Main} of a few lines, compiled for Java 17, that launcher tests put in a
 * jar in place of mxbot's own, to see what the launcher or the first JVM did with a run.
 */
public final class StubMain {

  /** The name of the class file inside a jar. */
  public static final String ENTRY = "dev/mxbot/cli/Main.class";

  private StubMain() {}

  /**
   * Compiles a {@code Main} whose {@code main(String[] a)} body is {@code body} under {@code
   * directory}; returns its class file.
   */
  public static Path compile(Path directory, String body) throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    Path source = sources.resolve("Main.java");
    Files.writeString(
        source,
        "package dev.mxbot.cli; public class Main { public static void main(String[] a) {"
            + body
            + "} }");
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString());
    assertThat(compiled).as("javac of the stub Main").isZero();
    return classes.resolve(ENTRY);
  }

  /**
   * Writes {@code jar}: a manifest naming {@code mainClass}, and {@code entries} (name in the jar →
   * file), in their order.
   */
  public static void jar(Path jar, String mainClass, Map<String, Path> entries) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (Map.Entry<String, Path> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(Files.readAllBytes(entry.getValue()));
        out.closeEntry();
      }
    }
  }
}
