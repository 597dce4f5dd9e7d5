package dev.mxbot.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an audit's input one line at a time (never the whole file): blank lines and lines starting
 * with {@code #} are skipped, but still counted, so line numbers are those an editor shows. Not
 * thread safe: one reader.
 */
public final class InputLines {

  private final BufferedReader reader;
  private int number;

  public InputLines(BufferedReader reader) {
    this.reader = reader;
  }

  /** The next input, or empty at the end. */
  public Optional<InputLine> next() {
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1).strip();
        }
        if (!skipped(text)) {
          return Optional.of(new InputLine(number, text));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many inputs {@code file} holds (a first pass, for the progress total). */
  public static long count(Path file) throws IOException {
    long count = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      boolean first = true;
      while ((line = reader.readLine()) != null) {
        String text = line.strip();
        if (first && text.startsWith("\uFEFF")) {
          text = text.substring(1).strip();
        }
        first = false;
        if (!skipped(text)) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean skipped(String text) {
    return text.isEmpty() || text.startsWith("#");
  }
}
