package dev.mxbot.chat;

import dev.mxbot.core.Watch;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code /mx watches}: one line per watch ({@code • caffè.it · until 2026-12-07 09:00
 * UTC · in the channel}), and durations as the configuration writes them ({@code 5m}, {@code 48h},
 * {@code 2d}). Pure.
 */
final class WatchLines {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private WatchLines() {}

  /** The answer to {@code /mx watches}. */
  static Outcome list(String lang, List<Watch> watches) {
    if (watches.isEmpty()) {
      return new Outcome.WatchNote(lang, "watch.listEmpty", Map.of());
    }
    StringBuilder lines = new StringBuilder();
    for (Watch watch : watches) {
      if (lines.length() > 0) {
        lines.append('\n');
      }
      lines
          .append("• ")
          .append(watch.shown())
          .append(" · ⏳ ")
          .append(TIME.format(watch.expiresAt()));
      if (watch.share()) {
        lines.append(" · 📢");
      }
    }
    return new Outcome.WatchNote(
        lang,
        "watch.list",
        Map.of("count", Integer.toString(watches.size()), "lines", lines.toString()));
  }

  /** {@code 90s}, {@code 5m}, {@code 48h}, {@code 2d}: the largest whole unit. */
  static String duration(Duration d) {
    long s = d.toSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }
}
