package dev.mxbot.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the host name inside what an agent pasted: strips quotes, backticks and angle brackets
 * ({@code <a@example.com>}, Discord's {@code <https://example.com>}), Slack's auto-links ({@code
 * <http://example.com|example.com>}, {@code <mailto:a@example.com|a@example.com>}), URL schemes,
 * {@code mailto:}, paths, queries, fragments, user info, ports and e-mail local parts.
 *
 * <p>What is left is a candidate for {@link HostnameRules}; nothing here judges the name itself,
 * except IP literals, which only a URL or an address can reveal ({@code [::1]}, {@code
 * 2001:db8::1}). Trailing punctuation such as {@code example.com,} is deliberately kept, so that
 * {@link HostnameRules} refuses it: a comma is as often a mistyped dot as a sentence's end.
 */
final class InputForms {

  /** The text left after unwrapping, or why nothing usable was found. */
  record Candidate(String host, InputRefusal refusal) {}

  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
  private static final Pattern IPV6_ISH = Pattern.compile("[0-9a-f:.]+");
  private static final String[][] WRAPPERS = {
    {"<", ">"}, {"\"", "\""}, {"'", "'"}, {"`", "`"}, {"“", "”"}, {"‘", "’"}, {"«", "»"}
  };
  private static final int MAX_LAYERS = 4;

  private InputForms() {}

  /** The host inside {@code text} (already trimmed and NFKC-normalised); {@code input} for show. */
  static Candidate hostOf(String text, String input) {
    String s = unwrap(text);
    if (s.codePoints().anyMatch(InputForms::isSpace)) {
      return refused(Refusals.invalid("several_words", input));
    }
    String lower = s.toLowerCase(Locale.ROOT);
    boolean website = SCHEME.matcher(lower).find() && !lower.startsWith("mailto:");
    if (SCHEME.matcher(lower).find()) {
      s = s.substring(s.indexOf("://") + 3);
    } else if (lower.startsWith("mailto:")) {
      s = s.substring("mailto:".length());
    } else if (s.startsWith("//")) {
      s = s.substring(2);
    }
    website |= cutAtFirst(s, "/?#").length() < s.length();
    s = cutAtFirst(s, "/?#");
    s = s.substring(s.lastIndexOf('@') + 1);
    Candidate candidate = withoutPort(s, input);
    return website ? withoutWww(candidate) : candidate;
  }

  /**
   * A website address names the domain the customer's mail uses without its {@code www.}: the agent
   * pasted {@code https://www.example.com/contact}, the mail is at {@code example.com}.
   */
  private static Candidate withoutWww(Candidate candidate) {
    String host = candidate.host();
    if (host != null
        && host.regionMatches(true, 0, "www.", 0, 4)
        && host.indexOf('.', 4) > 4
        && host.indexOf('.', 4) < host.length() - 2) {
      return new Candidate(host.substring(4), candidate.refusal());
    }
    return candidate;
  }

  /** Peels wrappers, outermost first, at most {@value #MAX_LAYERS} layers (Slack's triple ```). */
  private static String unwrap(String text) {
    String s = text;
    for (int layer = 0; layer < MAX_LAYERS; layer++) {
      String peeled = peel(s);
      if (peeled.equals(s)) {
        return s;
      }
      s = peeled;
    }
    return s;
  }

  private static String peel(String s) {
    for (String[] wrapper : WRAPPERS) {
      if (s.length() >= 2 && s.startsWith(wrapper[0]) && s.endsWith(wrapper[1])) {
        String inner = s.substring(wrapper[0].length(), s.length() - wrapper[1].length());
        int bar = inner.indexOf('|');
        if (wrapper[0].equals("<") && bar >= 0) {
          // Slack: <target|label>. The target is canonical; the label only if there is no target.
          inner = bar > 0 ? inner.substring(0, bar) : inner.substring(bar + 1);
        }
        return strip(inner);
      }
    }
    return s;
  }

  private static Candidate withoutPort(String authority, String input) {
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      String literal = authority.substring(1, close < 0 ? authority.length() : close);
      return refused(Refusals.invalid("ip_address", input, "address", literal));
    }
    int colon = authority.indexOf(':');
    if (colon < 0) {
      return new Candidate(authority, null);
    }
    if (colon == authority.lastIndexOf(':')) {
      String port = authority.substring(colon + 1);
      if (port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return new Candidate(authority.substring(0, colon), null);
      }
    } else if (IPV6_ISH.matcher(authority.toLowerCase(Locale.ROOT)).matches()) {
      return refused(Refusals.invalid("ip_address", input, "address", authority));
    }
    return refused(Refusals.invalid("bad_character", input, "char", ":"));
  }

  private static String cutAtFirst(String s, String stops) {
    for (int i = 0; i < s.length(); i++) {
      if (stops.indexOf(s.charAt(i)) >= 0) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** Strips whitespace and invisible edge characters (zero-width space, BOM) from both ends. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isEdgeJunk(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isEdgeJunk(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  private static boolean isEdgeJunk(int cp) {
    return isSpace(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0x2060;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static Candidate refused(InputRefusal refusal) {
    return new Candidate(null, refusal);
  }
}
