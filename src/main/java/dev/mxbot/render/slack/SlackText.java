package dev.mxbot.render.slack;

import dev.mxbot.render.TerminalText;

/**
 * The one escaping routine for Slack mrkdwn, and cutting text to Slack's limits. Every DNS-sourced
 * and user-sourced string goes through {@link #escape} before it reaches a message, so a TXT record
 * such as {@code <!channel>} or {@code <https://evil|click>} shows as text and never becomes a
 * mention or a link. Pure functions.
 */
final class SlackText {

  private static final String ELLIPSIS = "…";

  private SlackText() {}

  /**
   * {@code &} → {@code &amp;}, {@code <} → {@code &lt;}, {@code >} → {@code &gt;}; control, bidi
   * override and zero-width characters → {@code \\uXXXX} as in the terminal (a line break stays),
   * so a TXT record cannot reorder or hide what the agent reads.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\n' -> out.append('\n');
        default -> {
          if (TerminalText.unsafe(cp)) {
            out.append(String.format("\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }

  /** Text for an inline code span: escaped, and no backtick that would close the span early. */
  static String code(String text) {
    return "`" + escape(text.replace('`', '\'')) + "`";
  }

  /** The title of a {@code <url|title>} link: escaped, and no {@code |} that would split it. */
  static String link(String url, String title) {
    return "<" + escape(url) + "|" + escape(title.replace('|', '/')) + ">";
  }

  /**
   * {@code text} cut to at most {@code max} characters (UTF-16 units, as Slack counts), ending with
   * "…" when cut. Never cuts inside an escape such as {@code &amp;} or a surrogate pair.
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    int amp = text.lastIndexOf('&', end - 1);
    if (amp >= 0 && amp >= end - 5 && text.indexOf(';', amp) >= end) {
      end = amp;
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}
