package dev.mxbot.configfile;

import dev.mxbot.configfile.YamlValue.Absent;
import dev.mxbot.configfile.YamlValue.Bool;
import dev.mxbot.configfile.YamlValue.Mapping;
import dev.mxbot.configfile.YamlValue.Sequence;
import dev.mxbot.configfile.YamlValue.Text;
import dev.mxbot.configfile.YamlValue.Whole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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

  /** The most bytes a YAML file of {@code bot-config/} may hold: 1 MiB. */
  public static final int MAX_BYTES = 1 << 20;

  /** Where an overriding value comes from: the variable and its raw value. */
  record Source(String variable, String value) {}

  private final String file;
  private final String path;
  private final YamlValue node;
  private final Overrides overrides;
  private final Source source;

  private ConfigNode(String file, String path, YamlValue node) {
    this(file, path, node, Overrides.none(), null);
  }

  private ConfigNode(String file, String path, YamlValue node, Overrides overrides, Source source) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.overrides = overrides;
    this.source = source;
  }

  /** An empty document standing for {@code file}, which does not exist. */
  public static ConfigNode empty(Path file) {
    return new ConfigNode(name(file), "", new Mapping(Map.of()));
  }

  /** This document with the keys that {@code overrides} set read from the environment. */
  public ConfigNode withOverrides(Overrides overrides) {
    return new ConfigNode(file, path, node, overrides, source);
  }

  /**
   * Reads the first document of a YAML file, which must be a regular file of at most {@link
   * #MAX_BYTES}; duplicate keys and YAML syntax errors are reported with their line.
   */
  public static ConfigNode read(Path file) {
    return parse(file, RegularFile.read(file, MAX_BYTES, name(file)));
  }

  /**
   * Like {@link #read}, but a file that is not there at all is an empty document. A symbolic link
   * that leads nowhere is an error, never "no file".
   */
  public static ConfigNode readOrEmpty(Path file) {
    return RegularFile.readIfPresent(file, MAX_BYTES, name(file))
        .map(bytes -> parse(file, bytes))
        .orElseGet(() -> empty(file));
  }

  private static ConfigNode parse(Path file, byte[] yaml) {
    try {
      return new ConfigNode(name(file), "", YamlReader.read(yaml));
    } catch (InvalidYamlException e) {
      String line = e.line() == 0 ? "" : "line " + e.line() + ": ";
      throw new ConfigException(
          name(file) + ": " + line + "expected valid YAML (" + e.getMessage() + ")", e);
    }
  }

  private static String name(Path file) {
    return file.toString().replace('\\', '/');
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
    YamlValue child = node instanceof Mapping mapping ? mapping.get(key) : YamlValue.ABSENT;
    if (overrides == Overrides.none()) {
      // a knowledge file: no variable to ask, no origin to record
      return new ConfigNode(file, at, child, overrides, null);
    }
    if ((source != null && !(node instanceof Mapping)) || path.contains("[")) {
      return new ConfigNode(file, at, child, overrides, source);
    }
    Optional<Source> set = overrides.value(at);
    if (set.isPresent()) {
      overrides.origins().environment(at, set.get().variable());
      String value = set.get().value().strip();
      YamlValue text = value.isEmpty() ? YamlValue.ABSENT : new Text(value);
      return new ConfigNode(file, at, text, overrides, set.get());
    }
    Optional<Source> below = overrides.below(at);
    if (child instanceof Absent && below.isPresent()) {
      // a section the file leaves out, filled by variables: mistakes name the first of them
      return new ConfigNode(file, at, new Mapping(Map.of()), overrides, below.get());
    }
    if (!(child instanceof Absent)) {
      overrides.origins().file(at, file);
    }
    return new ConfigNode(file, at, child, overrides, null);
  }

  /** True when the key is absent or explicitly empty ({@code ~}, {@code null}). */
  public boolean isMissing() {
    return node instanceof Absent;
  }

  /** Requires a mapping whose keys are all among {@code allowed}; returns this node. */
  public ConfigNode requireKeys(String... allowed) {
    requireMapping();
    Set<String> known = Set.of(allowed);
    for (String key : ((Mapping) node).entries().keySet()) {
      if (!known.contains(key)) {
        throw at(key).error("unknown key; expected one of " + sorted(known));
      }
    }
    if ((source == null || node instanceof Mapping) && !path.contains("[")) {
      overrides.requireKnown(path, known, file);
    }
    return this;
  }

  /** A non-empty string. */
  public String asText() {
    if (isMissing()) {
      throw error("missing; expected a non-empty string");
    }
    if (!(node instanceof Text text) || text.text().isBlank()) {
      throw error("expected a non-empty string, got " + shown());
    }
    return text.text().trim();
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
    YamlValue number = source != null && node instanceof Text text ? EnvText.scalar(text) : node;
    if (!(number instanceof Whole whole) || !whole.fitsInt()) {
      throw error(expected + ", got " + shown());
    }
    int value = whole.value().intValue();
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
    YamlValue value = source != null && node instanceof Text text ? EnvText.scalar(text) : node;
    if (!(value instanceof Bool bool)) {
      throw error("expected true or false, got " + shown());
    }
    return bool.value();
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
    E[] constants = type.getEnumConstants();
    if (!isMissing()) {
      String value = node instanceof Text text ? text.text().trim().toLowerCase(Locale.ROOT) : "";
      for (E constant : constants) {
        if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
          return constant;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    String expected = "expected one of " + String.join(", ", names);
    throw error(isMissing() ? "missing; " + expected : expected + ", got " + shown());
  }

  /** The items of a list; an absent key is an empty list. */
  public List<ConfigNode> asList() {
    if (isMissing()) {
      return List.of();
    }
    YamlValue list = source != null && node instanceof Text text ? EnvText.list(text.text()) : node;
    if (!(list instanceof Sequence sequence)) {
      throw error("expected a list, got " + shown());
    }
    List<ConfigNode> items = new ArrayList<>();
    for (YamlValue item : sequence.items()) {
      items.add(new ConfigNode(file, path + "[" + items.size() + "]", item, overrides, source));
    }
    return Collections.unmodifiableList(items);
  }

  /**
   * Each item of a list read by {@code reader}, in order; an absent key is an empty list. (A loop,
   * not a stream: the knowledge files are read by every cold check, in the interpreter.)
   */
  public <T> List<T> asListOf(Function<ConfigNode, T> reader) {
    List<T> values = new ArrayList<>();
    for (ConfigNode item : asList()) {
      values.add(reader.apply(item));
    }
    return Collections.unmodifiableList(values);
  }

  /** The entries of a mapping in file order; an absent key is an empty mapping. */
  public Map<String, ConfigNode> asMap() {
    if (isMissing()) {
      return Map.of();
    }
    Mapping map;
    if (source != null && node instanceof Text text) {
      try {
        map = EnvText.map(text.text());
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    } else {
      requireMapping();
      map = (Mapping) node;
    }
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    map.entries()
        .forEach(
            (key, value) ->
                entries.put(key, new ConfigNode(file, path + "." + key, value, overrides, source)));
    return Collections.unmodifiableMap(entries);
  }

  private void requireMapping() {
    if (isMissing()) {
      throw error("missing; expected a mapping of keys to values");
    }
    if (!(node instanceof Mapping)) {
      throw error("expected a mapping of keys to values, got " + shown());
    }
  }

  private String shown() {
    return node.shown();
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", new TreeSet<>(keys));
  }
}
