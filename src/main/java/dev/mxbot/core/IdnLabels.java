package dev.mxbot.core;

import java.net.IDN;
import java.util.Locale;

/**
 * Converts one label between its Unicode form and its A-label ({@code xn--}) form with the JDK's
 * {@link IDN} (IDNA2003 with STD3 rules, unassigned code points refused).
 *
 * <p>IDNA2003 maps the IDNA2008 "deviation" letters {@code ß} and {@code ς} to {@code ss} and
 * {@code σ}, which would check a different domain than the one registered ({@code faß.de} is {@code
 * xn--fa-hia.de}, not {@code fass.de}); those labels are refused instead of silently rewritten, and
 * so are their A-labels, which the JDK cannot decode.
 */
final class IdnLabels {

  private IdnLabels() {}

  /** The lower-case A-label of a normalised {@code label}, or {@code null} when it is no IDN. */
  static String toAscii(String label) {
    if (label.chars().allMatch(c -> c < 0x80)) {
      return decodes(label) ? label : null;
    }
    if (label.indexOf('ß') >= 0 || label.indexOf('ς') >= 0) {
      return null;
    }
    try {
      return IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The Unicode form of an A-label name for display; labels that do not decode stay as they are.
   */
  static String toUnicode(String ascii) {
    if (noALabel(ascii)) {
      // what IDN returns for such a name; skipping it spares loading the JDK's IDNA tables
      return ascii;
    }
    return IDN.toUnicode(ascii, IDN.USE_STD3_ASCII_RULES);
  }

  /** An ASCII name none of whose labels starts with {@code xn--}, in any case. */
  static boolean noALabel(String name) {
    return name.chars().allMatch(c -> c < 0x80) && !name.toLowerCase(Locale.ROOT).contains("xn--");
  }

  /** An ASCII label is fine unless it claims to be an A-label ({@code xn--}) and is not one. */
  private static boolean decodes(String label) {
    if (!label.startsWith("xn--")) {
      return true;
    }
    return !IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES).equals(label);
  }
}
