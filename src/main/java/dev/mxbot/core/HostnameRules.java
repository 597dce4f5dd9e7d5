package dev.mxbot.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Judges a bare host name (no URL, no address) as a mail domain and turns it into a {@link
 * DomainName}: Unicode normalisation (NFKC, lower case, ideographic and fullwidth dots), hostname
 * syntax (letters, digits, hyphen; no underscore), label and name lengths, IDN conversion, IP
 * addresses, single labels and numeric top-level domains. Pure functions, no I/O.
 */
final class HostnameRules {

  static final int MAX_NAME = 253;
  static final int MAX_LABEL = 63;

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private HostnameRules() {}

  /** NFKC, lower case, every kind of full stop as {@code .}; the UTS-46 mapping the JDK allows. */
  static String normalise(String host) {
    return nfkc(host)
        .toLowerCase(Locale.ROOT)
        .replace('\u3002', '.')
        .replace('\uFF0E', '.')
        .replace('\uFF61', '.');
  }

  /**
   * {@code text} in Unicode normalisation form KC. ASCII text is its own NFKC (no ASCII character
   * decomposes or composes), and a check of an ASCII name then never starts the JDK's normaliser,
   * whose data a cold JVM loads on first use (about 2 ms before the first DNS question).
   */
  static String nfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /** {@code host} as a domain, or the first rule it breaks; {@code input} is shown in refusals. */
  static ParsedDomain check(String host, String input) {
    String name = normalise(host);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      return refused("no_domain", input);
    }
    int bad = name.codePoints().filter(HostnameRules::isBadCharacter).findFirst().orElse(-1);
    if (bad >= 0) {
      return refused("bad_character", input, "char", Refusals.describe(bad));
    }
    String[] labels = name.split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty()) {
        return refused("empty_label", input);
      }
    }
    if (IPV4.matcher(name).matches()) {
      return refused("ip_address", input, "address", name);
    }
    List<String> ascii = new ArrayList<>();
    for (String label : labels) {
      if (label.startsWith("-") || label.endsWith("-")) {
        return refused("hyphen_edge", input, "label", label);
      }
      String a = IdnLabels.toAscii(label);
      if (a == null) {
        return refused("bad_idn", input, "label", label);
      }
      if (a.length() > MAX_LABEL) {
        return refused(
            "label_too_long", input, "label", a, "length", len(a), "max", len(MAX_LABEL));
      }
      ascii.add(a);
    }
    return accepted(String.join(".", ascii), input);
  }

  private static ParsedDomain accepted(String ascii, String input) {
    if (ascii.length() > MAX_NAME) {
      return refused("too_long", input, "length", len(ascii), "max", len(MAX_NAME));
    }
    int lastDot = ascii.lastIndexOf('.');
    if (lastDot < 0) {
      return refused("single_label", input, "label", IdnLabels.toUnicode(ascii));
    }
    String tld = ascii.substring(lastDot + 1);
    if (DIGITS.matcher(tld).matches()) {
      return refused("numeric_tld", input, "tld", tld);
    }
    return ParsedDomain.accepted(new DomainName(ascii, IdnLabels.toUnicode(ascii)));
  }

  /** ASCII outside letters, digits, hyphen and dot, or anything invisible. */
  private static boolean isBadCharacter(int cp) {
    if (cp < 0x80) {
      return !(cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp == '-' || cp == '.');
    }
    return Refusals.isInvisible(cp);
  }

  private static String len(String s) {
    return len(s.length());
  }

  private static String len(int n) {
    return Integer.toString(n);
  }

  private static ParsedDomain refused(String rule, String input, String... keyValues) {
    return ParsedDomain.refused(Refusals.invalid(rule, input, keyValues));
  }
}
