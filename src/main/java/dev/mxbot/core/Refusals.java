package dev.mxbot.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@link InputRefusal}s of domain parsing, with params fit for display: the received
 * input shortened to {@value #DISPLAY_MAX} characters, invisible characters shown as {@code
 * U+XXXX}.
 */
final class Refusals {

  /** How many characters of what the agent typed a message shows back. */
  static final int DISPLAY_MAX = 100;

  private Refusals() {}

  /** A refusal with code {@code INPUT_INVALID}, {@code input} first, then {@code keyValues}. */
  static InputRefusal invalid(String rule, String input, String... keyValues) {
    return of(InputRefusal.INVALID, rule, input, keyValues);
  }

  /** A refusal with the given code, {@code input} first, then the pairs of {@code keyValues}. */
  static InputRefusal of(String code, String rule, String input, String... keyValues) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("input", display(input));
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      params.put(keyValues[i], keyValues[i + 1]);
    }
    return new InputRefusal(code, rule, params);
  }

  /** {@code text} on one line (whitespace runs become one space), cut to {@link #DISPLAY_MAX}. */
  static String display(String text) {
    String oneLine = text.strip().replaceAll("[\\s\\p{Z}]+", " ");
    if (oneLine.codePointCount(0, oneLine.length()) <= DISPLAY_MAX) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, DISPLAY_MAX)) + "…";
  }

  /** A code point as the agent can read it: itself, or {@code U+200B} when it is invisible. */
  static String describe(int codePoint) {
    if (isInvisible(codePoint)) {
      return String.format("U+%04X", codePoint);
    }
    return new String(Character.toChars(codePoint));
  }

  /** Whitespace, separators, control and format characters (zero-width space, soft hyphen). */
  static boolean isInvisible(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.SURROGATE ->
          true;
      default -> Character.isWhitespace(codePoint);
    };
  }
}
