package dev.mxbot.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The text of an overriding environment variable as the value a reader asks for: a number, a
 * boolean, a list ({@code a,b}) or a mapping ({@code k=v,k2=v2}). Text that does not fit stays
 * text, so the reader's own check names what was expected. Pure.
 */
final class EnvText {

  private EnvText() {}

  /** {@code 5353} as a number, {@code true}/{@code false} as a boolean, anything else unchanged. */
  static JsonNode scalar(JsonNode text) {
    String value = text.asText();
    if (value.matches("-?\\d{1,9}")) {
      return IntNode.valueOf(Integer.parseInt(value));
    }
    if (value.equals("true") || value.equals("false")) {
      return BooleanNode.valueOf(Boolean.parseBoolean(value));
    }
    return text;
  }

  /** Comma-separated items, blanks around them and empty ones dropped. */
  static ArrayNode list(String text) {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(TextNode.valueOf(item.strip()));
      }
    }
    return items;
  }

  /**
   * Comma-separated {@code key=value} pairs.
   *
   * @throws IllegalArgumentException naming the first pair without a key
   */
  static ObjectNode map(String text) {
    ObjectNode entries = JsonNodeFactory.instance.objectNode();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "expected key=value pairs separated by commas, got \"" + pair.strip() + "\"");
      }
      entries.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
    }
    return entries;
  }
}
