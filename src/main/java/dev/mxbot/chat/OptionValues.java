package dev.mxbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The value rules of {@code /mx} options: DKIM selector syntax and supported languages. */
final class OptionValues {

  /** A selector label: letters, digits, hyphen, underscore; 1 to 63 characters. */
  private static final Pattern SELECTOR_LABEL = Pattern.compile("[a-z0-9_-]{1,63}");

  private OptionValues() {}

  /**
   * The selector in lower case, or empty when it is no valid selector: dot-separated labels of
   * letters, digits, hyphens and underscores, at most 63 each. A value holding {@code _domainkey}
   * is refused: the agent pasted the whole record name, and only the part before it is wanted.
   */
  static Optional<String> selector(String value) {
    String s = value.toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.length() > 253) {
      return Optional.empty();
    }
    for (String label : s.split("\\.", -1)) {
      if (!SELECTOR_LABEL.matcher(label).matches() || label.equals("_domainkey")) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }

  /**
   * The language as two lower-case letters when it is supported; a region ({@code it-IT}, {@code
   * pt_BR}) is dropped. Empty when unsupported.
   */
  static Optional<String> lang(String value, Set<String> languages) {
    String primary = value.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return primary.length() == 2 && languages.contains(primary)
        ? Optional.of(primary)
        : Optional.empty();
  }

  /** True for a well-formed language tag such as {@code ja}, {@code pt-BR} or {@code zh-Hant}. */
  static boolean isLanguageTag(String value) {
    return value.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*");
  }
}
