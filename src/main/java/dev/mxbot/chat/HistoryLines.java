package dev.mxbot.chat;

import dev.mxbot.core.Change;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.ReportText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lines of {@code /mx history}: one per check, its verdict in the agent's language as its
 * report said it ({@code • 2026-12-05 09:00 UTC · Works, with warnings · MX_HOME_OUTDATED,
 * SPF_VALID}; an incomplete check's never "works", {@link ReportText#verdictKey(HistoryEntry)}),
 * and under it what changed ({@code 🔁 MX 1 mx1.mail.ovh.net. → 1 mx0.mail.ovh.net.}, each side cut
 * at {@link #SIDE_MAX} characters). Values from DNS have their control and format characters shown
 * as {@code \\uXXXX}; each platform escapes the rest as for any text. Pure.
 */
final class HistoryLines {

  /** The most characters of one side of a change. */
  static final int SIDE_MAX = 80;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private HistoryLines() {}

  static String of(List<HistoryEntry> entries, Messages messages) {
    StringBuilder out = new StringBuilder();
    for (HistoryEntry entry : entries) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("• ")
          .append(TIME.format(entry.time()))
          .append(" · ")
          .append(messages.get(ReportText.verdictKey(entry)))
          .append(" · ")
          .append(String.join(", ", entry.codes()));
      if (entry.changes() != null) {
        for (Change change : entry.changes().items()) {
          out.append("\n    🔁 ")
              .append(change.record().toUpperCase(Locale.ROOT))
              .append(' ')
              .append(side(change.before()))
              .append(" → ")
              .append(side(change.after()));
        }
      }
    }
    return out.toString();
  }

  private static String side(List<String> values) {
    String text =
        values.isEmpty()
            ? "∅"
            : values.stream().map(HistoryLines::safe).collect(Collectors.joining(", "));
    return text.length() <= SIDE_MAX ? text : text.substring(0, SIDE_MAX - 1) + "…";
  }

  private static String safe(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
