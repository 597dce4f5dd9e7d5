package dev.mxbot.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines the benchmark prints last, one per figure, {@code summary key=value ...}, so a script
 * can read them. Not thread safe: phases add lines from the benchmark's thread.
 */
final class Summary {

  private final List<String> lines = new ArrayList<>();

  /** Adds {@code summary <pairs>}: keys and values alternate; doubles get one decimal. */
  void add(Object... pairs) {
    StringBuilder line = new StringBuilder("summary");
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      line.append(' ').append(pairs[i]).append('=').append(format(pairs[i + 1]));
    }
    lines.add(line.toString());
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return String.valueOf(value).replace(' ', '_');
  }

  void print(PrintWriter out) {
    out.println();
    lines.forEach(out::println);
    out.flush();
  }
}
