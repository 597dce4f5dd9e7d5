package dev.mxbot.configfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Environment variables that override keys of a configuration file. A key path is named {@code
 * MXBOT_} + the path in upper case with {@code .} → {@code _}; a camelCase key may be written as
 * one word or with {@code _} between its words: {@code dns.authoritativePort} is {@code
 * MXBOT_DNS_AUTHORITATIVEPORT} or {@code MXBOT_DNS_AUTHORITATIVE_PORT}. {@link ConfigNode} consults
 * them as it walks the tree, so every section gets them without listing its keys twice.
 *
 * <p>Values are immutable; the set of variables already applied grows as the tree is read (for the
 * final {@link #requireAllUsed} check) and is safe for concurrent use.
 */
public final class Overrides {

  /** The prefix of every override variable. */
  public static final String PREFIX = "MXBOT_";

  /**
   * Variables with the prefix that are read by something else, not keys: Logback's level and format
   * switches, and the {@code bin/mxbot} launcher's settings.
   */
  public static final Set<String> RESERVED =
      Set.of(
          "MXBOT_LOG_LEVEL",
          "MXBOT_LOG_FORMAT",
          "MXBOT_CDS",
          "MXBOT_CDS_DIR",
          "MXBOT_JAR",
          "MXBOT_JVM_DIR",
          "MXBOT_HANDOFF",

          // the store's password: a secret (config.Secrets), never the key store.password
          "MXBOT_STORE_PASSWORD",
          "MXBOT_STORE_PASSWORD_FILE");

  /** A camelCase word boundary: {@code authoritativePort} → {@code authoritative_Port}. */
  private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");

  /**
   * No variables: the knowledge files' ({@link ConfigNode#at} asks it nothing, records nothing).
   */
  private static final Overrides NONE = new Overrides(Map.of());

  private final Map<String, String> variables;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final ValueOrigins origins = new ValueOrigins();

  /** The {@code MXBOT_} variables of {@code environment}; everything else is ignored. */
  public Overrides(Map<String, String> environment) {
    this.variables =
        environment.entrySet().stream()
            .filter(e -> e.getKey().startsWith(PREFIX) && !RESERVED.contains(e.getKey()))
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  /**
   * No overrides (knowledge files other than {@code mxbot.yaml}); shared. Their origins are never
   * asked for, and not recorded: on every cold check that was a few percent of the reading.
   */
  public static Overrides none() {
    return NONE;
  }

  /**
   * Where each key read so far came from (the file, or one of these variables), for {@code mxbot
   * config}; nothing for {@link #none()}.
   */
  public ValueOrigins origins() {
    return origins;
  }

  /** The variable that sets {@code path} and its value, if one is set. */
  Optional<ConfigNode.Source> value(String path) {
    if (variables.isEmpty()) {
      return Optional.empty(); // knowledge files, and most runs: no variable to look for
    }
    List<String> set = names(path).stream().filter(variables::containsKey).toList();
    if (set.isEmpty()) {
      return Optional.empty();
    }
    set.forEach(used::add);
    if (set.stream().map(variables::get).distinct().count() > 1) {
      throw new ConfigException(
          String.join(" and ", set) + " both set " + path + " differently: set only one");
    }
    return Optional.of(new ConfigNode.Source(set.get(0), variables.get(set.get(0))));
  }

  /** The first variable that sets a key below {@code path}, if any. */
  Optional<ConfigNode.Source> below(String path) {
    if (variables.isEmpty()) {
      return Optional.empty();
    }
    List<String> prefixes = names(path).stream().map(n -> n + "_").toList();
    return variables.keySet().stream()
        .filter(v -> prefixes.stream().anyMatch(v::startsWith))
        .findFirst()
        .map(v -> new ConfigNode.Source(v, variables.get(v)));
  }

  /** Every variable below {@code path} must start with one of {@code keys}, else names it. */
  void requireKnown(String path, Collection<String> keys, String file) {
    if (variables.isEmpty()) {
      return;
    }
    List<String> prefixes =
        path.isEmpty() ? List.of(PREFIX) : names(path).stream().map(n -> n + "_").toList();
    for (String variable : variables.keySet()) {
      for (String prefix : prefixes) {
        if (variable.startsWith(prefix) && !known(variable.substring(prefix.length()), keys)) {
          throw unknown(variable, path, keys, file);
        }
      }
    }
  }

  /** Stops at the first variable that no key of the file read. */
  public void requireAllUsed(String file) {
    for (String variable : variables.keySet()) {
      if (!used.contains(variable)) {
        throw new ConfigException(
            variable
                + "="
                + variables.get(variable)
                + ": no key of "
                + file
                + " has this name (MXBOT_ + key path in upper case, . as _)"
                + hint(variable));
      }
    }
  }

  private ConfigException unknown(
      String variable, String path, Collection<String> keys, String file) {
    List<String> expected = keys.stream().map(k -> names(join(path, k)).get(0)).sorted().toList();
    return new ConfigException(
        variable
            + "="
            + variables.get(variable)
            + ": not a key of "
            + file
            + "; expected one of "
            + String.join(", ", expected)
            + hint(variable));
  }

  private static boolean known(String rest, Collection<String> keys) {
    return keys.stream()
        .flatMap(k -> forms(k).stream())
        .anyMatch(f -> rest.equals(f) || rest.startsWith(f + "_"));
  }

  private static String hint(String variable) {
    return variable.matches(".*_(SERVICE_HOST|SERVICE_PORT.*|PORT|PORT_\\d+_(TCP|UDP|SCTP).*)")
        ? " (a Kubernetes service link? set enableServiceLinks: false in the pod spec)"
        : "";
  }

  /** Every variable name of {@code path}, the one-word form of each key first. */
  static List<String> names(String path) {
    List<String> names = List.of(PREFIX.substring(0, PREFIX.length() - 1));
    if (path.isEmpty()) {
      return names;
    }
    for (String segment : path.split("\\.")) {
      List<String> longer = new ArrayList<>();
      for (String name : names) {
        forms(segment).forEach(f -> longer.add(name + "_" + f));
      }
      names = longer;
    }
    return names;
  }

  private static List<String> forms(String key) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(key.toUpperCase(Locale.ROOT));
    forms.add(WORD_START.matcher(key).replaceAll("$1_$2").toUpperCase(Locale.ROOT));
    return List.copyOf(forms);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
