package dev.mxbot.render.discord;

import dev.mxbot.render.TerminalText;

/**
 * The one escaping routine for Discord: DNS data and user input are attacker-controlled and must
 * show as typed, never as markdown, links or mentions. Markdown characters are backslash-escaped,
 * {@code @} is followed by a zero-width joiner (so {@code @everyone} and {@code <@&123>} stay inert
 * even where escapes are not honoured), and control and invisible characters become spaces or
 * {@code \\uXXXX}. Allowed mentions are also set to none on every message: two locks, one door.
 */
final class DiscordMarkdown {

  private static final String SPECIAL = "\\*_~`|>[]()#<";
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  private DiscordMarkdown() {}

  /** {@code text} made inert for Discord markdown; one line, whatever it contained. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        out.append(' ');
        continue;
      }
      if (TerminalText.unsafe(cp)) {
        out.append(String.format("\\\\u%04X", cp));
        continue;
      }
      if (SPECIAL.indexOf(cp) >= 0 || (lineStart && (cp == '-' || cp == '+'))) {
        out.append('\\');
      }
      out.appendCodePoint(cp);
      if (cp == '@') {
        out.append(ZERO_WIDTH_JOINER);
      }
      lineStart = lineStart && Character.isWhitespace(cp);
    }
    return out.toString();
  }
}
