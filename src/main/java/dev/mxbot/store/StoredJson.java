package dev.mxbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.core.Change;
import dev.mxbot.core.Changes;
import dev.mxbot.core.Finding;
import dev.mxbot.core.SeenRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON texts of a {@code checks} row: seen records, findings, changes. Values from DNS are
 * stored as JSON strings, never as SQL. Pure.
 */
final class StoredJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StoredJson() {}

  static String records(Map<String, List<String>> records) {
    ObjectNode node = MAPPER.createObjectNode();
    for (String key : SeenRecords.KEYS) {
      strings(node, key, records.get(key));
    }
    return write(node);
  }

  static Map<String, List<String>> records(String json) {
    JsonNode node = read(json);
    Map<String, List<String>> records = new LinkedHashMap<>();
    for (String key : SeenRecords.KEYS) {
      records.put(key, strings(node.get(key)));
    }
    return records;
  }

  static String findings(List<Finding> findings) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Finding finding : findings) {
      array.addObject().put("code", finding.code().name()).put("severity", finding.severity().id());
    }
    return write(array);
  }

  /** The codes of a stored findings array, in order. */
  static List<String> codes(String json) {
    List<String> codes = new ArrayList<>();
    read(json).forEach(f -> codes.add(f.path("code").asText()));
    return codes;
  }

  static String changes(Changes changes) {
    if (changes == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("since", changes.since().toEpochMilli());
    node.put("at", changes.at().toEpochMilli());
    ArrayNode items = node.putArray("items");
    for (Change change : changes.items()) {
      ObjectNode item = items.addObject().put("record", change.record());
      strings(item, "before", change.before());
      strings(item, "after", change.after());
    }
    return write(node);
  }

  static Changes changes(String json) {
    if (json == null) {
      return null;
    }
    JsonNode node = read(json);
    List<Change> items = new ArrayList<>();
    for (JsonNode item : node.path("items")) {
      items.add(
          new Change(
              item.path("record").asText(),
              strings(item.get("before")),
              strings(item.get("after"))));
    }
    return new Changes(
        Instant.ofEpochMilli(node.path("since").asLong()),
        Instant.ofEpochMilli(node.path("at").asLong()),
        items);
  }

  private static void strings(ObjectNode parent, String name, List<String> values) {
    if (values == null) {
      parent.putNull(name);
    } else {
      values.forEach(parent.putArray(name)::add);
    }
  }

  private static List<String> strings(JsonNode node) {
    if (node == null || !node.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored row holds JSON this class wrote", e);
    }
  }
}
