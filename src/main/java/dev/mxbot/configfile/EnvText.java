package dev.mxbot.configfile;

import dev.mxbot.configfile.YamlValue.Bool;
import dev.mxbot.configfile.YamlValue.Mapping;
import dev.mxbot.configfile.YamlValue.Sequence;
import dev.mxbot.configfile.YamlValue.Text;
import dev.mxbot.configfile.YamlValue.Whole;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of an overriding environment variable as the value a reader asks for: a number, a
 * boolean, a list ({@code a,b}) or a mapping ({@code k=v,k2=v2}). Text that does not fit stays
 * text, so the reader's own check names what was expected. Pure.
 */
final class EnvText {

  private EnvText() {}

  /** {@code 5353} as a number, {@code true}/{@code false} as a boolean, anything else unchanged. */
  static YamlValue scalar(Text text) {
    String value = text.text();
    if (value.matches("-?\\d{1,9}")) {
      return new Whole(BigInteger.valueOf(Integer.parseInt(value)));
    }
    if (value.equals("true") || value.equals("false")) {
      return new Bool(Boolean.parseBoolean(value));
    }
    return text;
  }

  /** Comma-separated items, blanks around them and empty ones dropped. */
  static Sequence list(String text) {
    List<YamlValue> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(new Text(item.strip()));
      }
    }
    return new Sequence(items);
  }

  /**
   * Comma-separated {@code key=value} pairs.
   *
   * @throws IllegalArgumentException naming the first pair without a key
   */
  static Mapping map(String text) {
    Map<String, YamlValue> entries = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "expected key=value pairs separated by commas, got \"" + pair.strip() + "\"");
      }
      entries.put(pair.substring(0, equals).strip(), new Text(pair.substring(equals + 1).strip()));
    }
    return new Mapping(entries);
  }
}
