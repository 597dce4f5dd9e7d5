package dev.mxbot.render;

/**
 * Makes text safe for a terminal: control characters (which could move the cursor, change colours
 * or clear the screen), bidi overrides and zero-width characters are shown as {@code \\uXXXX}. DNS
 * data is attacker-controlled; nothing from it reaches the terminal raw.
 */
public final class TerminalText {

  private TerminalText() {}

  public static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (unsafe(cp)) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  public static boolean unsafe(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp < 0xA0)
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
  }
}
