package dev.mxbot.configfile;

import dev.mxbot.configfile.YamlValue.Bool;
import dev.mxbot.configfile.YamlValue.Decimal;
import dev.mxbot.configfile.YamlValue.Text;
import dev.mxbot.configfile.YamlValue.Whole;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The value of a YAML scalar from its tag, which SnakeYAML resolves by the YAML 1.1 rules ({@code
 * 010} is an octal whole number, {@code yes} and {@code off} are booleans, {@code y} is text): the
 * same values the knowledge files have always had. Sexagesimal numbers ({@code 1:30}) stay text;
 * {@code .inf} and {@code .nan} are refused. Pure.
 */
final class YamlScalars {

  private YamlScalars() {}

  /**
   * The value of {@code text} tagged {@code tag}.
   *
   * @throws IllegalArgumentException for a number that cannot be read, such as {@code .inf}
   */
  static YamlValue of(Tag tag, String text) {
    if (tag == Tag.STR) {
      return new Text(text); // most values: no tag's name compared
    }
    if (is(tag, Tag.NULL)) {
      return YamlValue.ABSENT;
    }
    if (text.isEmpty()) {
      return new Text(text);
    }
    if (is(tag, Tag.INT)) {
      return whole(text);
    }
    if (is(tag, Tag.FLOAT)) {
      return decimal(text);
    }
    if (is(tag, Tag.BOOL)) {
      return bool(text);
    }
    return new Text(text);
  }

  /** Whether {@code tag} is {@code known}: the same constant, else equal. */
  private static boolean is(Tag tag, Tag known) {
    return tag == known || known.equals(tag);
  }

  /** {@code -12}, {@code +1_000}, {@code 0b101}, {@code 0x1F}, {@code 017}; other text as text. */
  private static YamlValue whole(String text) {
    boolean negative = text.charAt(0) == '-';
    String unsigned = negative || text.charAt(0) == '+' ? text.substring(1) : text;
    int radix = 10;
    String digits = unsigned;
    if (unsigned.length() > 1 && unsigned.charAt(0) == '0') {
      char marker = Character.toLowerCase(unsigned.charAt(1));
      if (marker == 'b' || marker == 'x') {
        radix = marker == 'b' ? 2 : 16;
        digits = unsigned.substring(2);
      } else if (marker == '_' || (marker >= '0' && marker <= '9')) {
        radix = 8;
        digits = unsigned.substring(1);
      } else {
        return new Text(text);
      }
    } else if (!digitsOrUnderscores(unsigned)) {
      return new Text(text); // 1:30 and the like
    }
    try {
      BigInteger value = new BigInteger(digits.replace("_", ""), radix);
      return new Whole(negative ? value.negate() : value);
    } catch (NumberFormatException e) {
      throw malformed(text);
    }
  }

  /** Whether {@code text} is {@code [0-9_]+} (a loop: a regular expression is slow when cold). */
  private static boolean digitsOrUnderscores(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** {@code 1.5}, {@code -1_000.25}, {@code 1e3}, {@code .5}. */
  private static YamlValue decimal(String text) {
    try {
      return new Decimal(Double.parseDouble(text.replace("_", "")));
    } catch (NumberFormatException e) {
      throw malformed(text);
    }
  }

  /** The YAML 1.1 words for true and false, in any case; other text as text. */
  private static YamlValue bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "y" -> new Bool(true);
      case "false", "no", "off", "n" -> new Bool(false);
      default -> new Text(text);
    };
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException("Malformed numeric value '" + text + "'");
  }
}
