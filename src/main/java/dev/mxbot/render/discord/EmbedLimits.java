package dev.mxbot.render.discord;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Discord's embed limits and the shortening that keeps every embed within them, so that JDA's
 * {@code EmbedBuilder} never throws: long texts end with "…", long lists with "… and N more".
 */
final class EmbedLimits {

  static final int TITLE = 256;
  static final int DESCRIPTION = 4096;
  static final int FIELDS = 25;
  static final int FIELD_NAME = 256;
  static final int FIELD_VALUE = 1024;
  static final int FOOTER = 2048;
  static final int TOTAL = 6000;

  private EmbedLimits() {}

  /** {@code text} cut to at most {@code max} characters, ending with "…" when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 1) {
      return max == 1 ? "…" : "";
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String head = text.substring(0, end);
    // never leave a lone escaping backslash in front of the ellipsis
    int backslashes = 0;
    while (backslashes < head.length() && head.charAt(head.length() - 1 - backslashes) == '\\') {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      head = head.substring(0, head.length() - 1);
    }
    return head + "…";
  }

  /**
   * The lines joined by newlines within {@code max} characters. When not all fit, the last line is
   * {@code more.apply(n)} for the {@code n} lines left out; a line alone longer than the room is
   * cut.
   */
  static String lines(List<String> lines, int max, IntFunction<String> more) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String separator = out.length() == 0 ? "" : "\n";
      int left = lines.size() - i - 1;
      int reserve = left == 0 ? 0 : more.apply(left).length() + 1;
      int room = max - out.length() - separator.length() - reserve;
      if (line.length() <= room) {
        out.append(separator).append(line);
        continue;
      }
      if (out.length() == 0 && room > 20) {
        out.append(cut(line, room));
        continue;
      }
      String tail = more.apply(lines.size() - i);
      if (out.length() + separator.length() + tail.length() <= max) {
        out.append(separator).append(tail);
      }
      break;
    }
    return out.toString();
  }
}
