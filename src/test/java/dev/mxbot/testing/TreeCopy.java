package dev.mxbot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies of directory trees for tests that change a file: mostly {@code bot-config/}. */
public final class TreeCopy {

  private TreeCopy() {}

  /** {@code from} copied to {@code to} (files replaced), which is returned. */
  public static Path copy(Path from, Path to) throws IOException {
    return copy(from, to, p -> true);
  }

  /** The project's {@code bot-config/} without its benchmark zones, as {@code dir/bot-config}. */
  public static Path botConfig(Path dir) throws IOException {
    Path from = Path.of("bot-config");
    return copy(from, dir.resolve("bot-config"), p -> !p.startsWith(from.resolve("bench")));
  }

  private static Path copy(Path from, Path to, Predicate<Path> wanted) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.filter(wanted).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
