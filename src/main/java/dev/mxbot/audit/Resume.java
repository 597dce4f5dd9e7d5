package dev.mxbot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an earlier run of the same audit already wrote: the line numbers done (JSON Lines: {@code
 * "line"}; CSV: the first column). A torn last line (no line break at its end: the run was killed
 * while writing) is cut off the file, so its input line is checked again, once. Reads the file as a
 * stream: only a bit per line number is kept.
 */
public final class Resume {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BitSet done = new BitSet();
  private int count;
  private boolean tornLineDropped;
  private boolean empty = true;

  private Resume() {}

  /** Nothing done yet: a new audit. */
  public static Resume none() {
    return new Resume();
  }

  /**
   * Reads {@code file} (missing: nothing done), cutting a torn last line off it; each complete
   * result goes to {@code rows} as well (the HTML summary covers every line).
   */
  public static Resume read(Path file, OutputFormat format, Consumer<Row> rows) throws IOException {
    Resume resume = new Resume();
    if (!Files.exists(file)) {
      return resume;
    }
    resume.tornLineDropped = cutTornLine(file);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        resume.empty = false;
        Row row = format == OutputFormat.CSV ? csvRow(line) : jsonRow(line);
        if (row != null && row.line() > 0) {
          if (!resume.done.get(row.line())) {
            resume.count++;
          }
          resume.done.set(row.line());
          rows.accept(row);
        }
      }
    }
    return resume;
  }

  /** Whether input line {@code number} was already done. */
  public boolean done(int number) {
    return done.get(number);
  }

  /** How many distinct input lines were already done. */
  public int count() {
    return count;
  }

  /** Whether a torn last line was cut off the output. */
  public boolean tornLineDropped() {
    return tornLineDropped;
  }

  /** Whether the output held nothing (a CSV then needs its header). */
  public boolean empty() {
    return empty;
  }

  private static Row jsonRow(String line) {
    try {
      JsonNode json = JSON.readTree(line);
      return json != null && json.has("line") ? Row.of(json) : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static Row csvRow(String line) {
    List<String> cells = Csv.parse(line);
    if (cells == null || cells.size() < 8 || !cells.get(0).matches("[0-9]{1,9}")) {
      return null; // the header, or not ours
    }
    return new Row(
        Integer.parseInt(cells.get(0)),
        unneutralised(cells.get(1)),
        cells.get(2),
        cells.get(3),
        cells.get(4),
        cells.get(5),
        cells.get(6),
        cells.get(7),
        "");
  }

  private static String unneutralised(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  /** Cuts everything after the last line break; true when there was something to cut. */
  private static boolean cutTornLine(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      long end = length;
      byte[] buffer = new byte[8192];
      while (end > 0) {
        int size = (int) Math.min(buffer.length, end);
        raf.seek(end - size);
        raf.readFully(buffer, 0, size);
        for (int i = size - 1; i >= 0; i--) {
          if (buffer[i] == '\n') {
            long keep = end - size + i + 1;
            if (keep < length) {
              raf.setLength(keep);
              return true;
            }
            return false;
          }
        }
        end -= size;
      }
      if (length > 0) {
        raf.setLength(0);
        return true;
      }
      return false;
    }
  }
}
