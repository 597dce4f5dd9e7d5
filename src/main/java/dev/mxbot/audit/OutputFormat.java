package dev.mxbot.audit;

import java.nio.file.Path;
import java.util.Locale;

/** How an audit writes its results: chosen by the output file's extension. */
public enum OutputFormat {
  /** One JSON object per line: the contract's report (or refusal) plus {@code "line"}. */
  JSON_LINES,
  /** {@link Csv#HEADER}, then one row per result. */
  CSV;

  /** CSV for a {@code .csv} file, JSON Lines for anything else (and standard output). */
  public static OutputFormat of(Path file) {
    if (file == null) {
      return JSON_LINES;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? CSV : JSON_LINES;
  }
}
