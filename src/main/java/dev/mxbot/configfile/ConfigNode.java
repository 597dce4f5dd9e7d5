package dev.mxbot.configfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
 *
 * <p>With {@link #withOverrides}, a key set by an environment variable ({@link Overrides}) reads
 * the variable instead of the file: its text becomes a number, a boolean, a list ({@code a,b}) or a
 * mapping ({@code k=v,k2=v2}) as the reader asks, and mistakes in it name the variable.
 */
public final class ConfigNode {

  /** Where an overriding value comes from: the variable and its raw value. */
  record Source(String variable, String value) {}

  private final String file;
  private final String path;
  private final JsonNode node;
  private final Overrides overrides;
  private final Source source;

  private ConfigNode(String file, String path, JsonNode node) {
    this(file, path, node, Overrides.none(), null);
  }

  private ConfigNode(String file, String path, JsonNode node, Overrides overrides, Source source) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.overrides = overrides;
    this.source = source;
  }

  /** An empty document standing for {@code file}, which does not exist. */
  public static ConfigNode empty(Path file) {
    return new ConfigNode(
        file.toString().replace('\\', '/'), "", JsonNodeFactory.instance.objectNode());
  }

  /** This document with the keys that {@code overrides} set read from the environment. */
  public ConfigNode withOverrides(Overrides overrides) {
    return new ConfigNode(file, path, node, overrides, source);
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
    if (source != null) {
      return new ConfigException(
          "environment variable "
              + source.variable()
              + "="
              + source.value()
              + " ("
              + path
              + "): "
              + expectation);
    }
    return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ": ") + expectation);
  }

  /** The value under {@code key} of this mapping (possibly missing). */
  public ConfigNode at(String key) {
    String at = path.isEmpty() ? key : path + "." + key;
    JsonNode child = node.isObject() ? node.path(key) : MissingNode.getInstance();
    if ((source != null && !node.isObject()) || path.contains("[")) {
      return new ConfigNode(file, at, child, overrides, source);
    }
    Optional<Source> set = overrides.value(at);
    if (set.isPresent()) {
      String value = set.get().value().strip();
      JsonNode text = value.isEmpty() ? NullNode.getInstance() : TextNode.valueOf(value);
      return new ConfigNode(file, at, text, overrides, set.get());
    }
    Optional<Source> below = overrides.below(at);
    if ((child.isMissingNode() || child.isNull()) && below.isPresent()) {
      // a section the file leaves out, filled by variables: mistakes name the first of them
      return new ConfigNode(
          file, at, JsonNodeFactory.instance.objectNode(), overrides, below.get());
    }
    return new ConfigNode(file, at, child, overrides, null);
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
    if ((source == null || node.isObject()) && !path.contains("[")) {
      overrides.requireKnown(path, known, file);
    }
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
    JsonNode number = source != null && node.isTextual() ? EnvText.scalar(node) : node;
    if (!number.isIntegralNumber() || !number.canConvertToInt()) {
      throw error(expected + ", got " + shown());
    }
    int value = number.intValue();
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
    JsonNode value = source != null && node.isTextual() ? EnvText.scalar(node) : node;
    if (!value.isBoolean()) {
      throw error("expected true or false, got " + shown());
    }
    return value.booleanValue();
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
    JsonNode list = source != null && node.isTextual() ? EnvText.list(node.asText()) : node;
    if (!list.isArray()) {
      throw error("expected a list, got " + shown());
    }
    List<ConfigNode> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      items.add(new ConfigNode(file, path + "[" + i + "]", list.get(i), overrides, source));
    }
    return Collections.unmodifiableList(items);
  }

  /** The entries of a mapping in file order; an absent key is an empty mapping. */
  public Map<String, ConfigNode> asMap() {
    if (isMissing()) {
      return Map.of();
    }
    JsonNode map = node;
    if (source != null && node.isTextual()) {
      try {
        map = EnvText.map(node.asText());
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    } else {
      requireMapping();
    }
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    map.properties()
        .forEach(
            e ->
                entries.put(
                    e.getKey(),
                    new ConfigNode(
                        file, path + "." + e.getKey(), e.getValue(), overrides, source)));
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
