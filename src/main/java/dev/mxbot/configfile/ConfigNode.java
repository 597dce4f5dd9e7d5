package dev.mxbot.configfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One value of a YAML knowledge file together with where it is ({@code file} and key path such as
 * {@code mail.mxSets[2].records[0]}). Every {@code as...} method either returns a well-formed value
 * or throws a {@link ConfigException} that names the file, the path and the expectation. Immutable
 * and safe for concurrent use.
 */
public final class ConfigNode {

  private final String file;
  private final String path;
  private final JsonNode node;

  private ConfigNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  /** Reads a YAML file; duplicate keys and YAML syntax errors are reported with their line. */
  public static ConfigNode read(Path file) {
    String name = file.toString().replace('\\', '/');
    YAMLMapper mapper =
        YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonNode root;
    try {
      root = mapper.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null ? "" : "line " + at.getLineNr() + ": ";
      throw new ConfigException(
          name + ": " + line + "expected valid YAML (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    return new ConfigNode(name, "", root == null ? MissingNode.getInstance() : root);
  }

  /** The file as shown in messages. */
  public String file() {
    return file;
  }

  /** The key path of this value, empty for the document itself. */
  public String path() {
    return path;
  }

  /** An exception for this value: {@code <file>: <path>: <expectation>}. */
  public ConfigException error(String expectation) {
    return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ": ") + expectation);
  }

  /** The value under {@code key} of this mapping (possibly missing). */
  public ConfigNode at(String key) {
    JsonNode child = node.isObject() ? node.path(key) : MissingNode.getInstance();
    return new ConfigNode(file, path.isEmpty() ? key : path + "." + key, child);
  }

  /** True when the key is absent or explicitly empty ({@code ~}, {@code null}). */
  public boolean isMissing() {
    return node.isMissingNode() || node.isNull();
  }

  /** Requires a mapping whose keys are all among {@code allowed}; returns this node. */
  public ConfigNode requireKeys(String... allowed) {
    requireMapping();
    Set<String> known = Set.of(allowed);
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                throw at(key).error("unknown key; expected one of " + sorted(known));
              }
            });
    return this;
  }

  /** A non-empty string. */
  public String asText() {
    if (isMissing()) {
      throw error("missing; expected a non-empty string");
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw error("expected a non-empty string, got " + shown());
    }
    return node.asText().trim();
  }

  /** A non-empty string, or empty when the key is absent. */
  public Optional<String> asOptionalText() {
    return isMissing() ? Optional.empty() : Optional.of(asText());
  }

  /** A whole number between {@code min} and {@code max}. */
  public int asInt(int min, int max) {
    String expected = "expected a number " + min + "-" + max;
    if (isMissing()) {
      throw error("missing; " + expected);
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error(expected + ", got " + shown());
    }
    int value = node.intValue();
    if (value < min || value > max) {
      throw error(expected + ", got " + value);
    }
    return value;
  }

  /** {@code true} or {@code false}; {@code absent} when the key is absent. */
  public boolean asBoolean(boolean absent) {
    if (isMissing()) {
      return absent;
    }
    if (!node.isBoolean()) {
      throw error("expected true or false, got " + shown());
    }
    return node.booleanValue();
  }

  /** A regular expression, compiled with {@code flags}. */
  public Pattern asPattern(int flags) {
    String regex = asText();
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw error(
          "expected a valid regular expression, got \""
              + regex
              + "\" ("
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + ")");
    }
  }

  /** One of the constants of {@code type}, written in lower case in the file. */
  public <E extends Enum<E>> E asEnum(Class<E> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    String expected = "expected one of " + String.join(", ", names);
    if (isMissing()) {
      throw error("missing; " + expected);
    }
    String value = node.isTextual() ? node.asText().trim() : "";
    int index = names.indexOf(value.toLowerCase(Locale.ROOT));
    if (index < 0) {
      throw error(expected + ", got " + shown());
    }
    return type.getEnumConstants()[index];
  }

  /** The items of a list; an absent key is an empty list. */
  public List<ConfigNode> asList() {
    if (isMissing()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw error("expected a list, got " + shown());
    }
    List<ConfigNode> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new ConfigNode(file, path + "[" + i + "]", node.get(i)));
    }
    return Collections.unmodifiableList(items);
  }

  /** The entries of a mapping in file order; an absent key is an empty mapping. */
  public Map<String, ConfigNode> asMap() {
    if (isMissing()) {
      return Map.of();
    }
    requireMapping();
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    node.fieldNames().forEachRemaining(key -> entries.put(key, at(key)));
    return Collections.unmodifiableMap(entries);
  }

  private void requireMapping() {
    if (isMissing()) {
      throw error("missing; expected a mapping of keys to values");
    }
    if (!node.isObject()) {
      throw error("expected a mapping of keys to values, got " + shown());
    }
  }

  private String shown() {
    if (node.isTextual()) {
      return "\"" + node.asText() + "\"";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return node.toString();
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", new TreeSet<>(keys));
  }
}
