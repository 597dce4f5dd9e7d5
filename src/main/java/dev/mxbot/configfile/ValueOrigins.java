package dev.mxbot.configfile;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each key path read from a configuration tree came from, recorded by {@link ConfigNode#at}
 * as a reader walks the tree: the file, or the variable that overrides it. A key never recorded
 * (its reader never looked, or found it absent) kept its default. Records only: no value is parsed
 * or changed here. Safe for concurrent use.
 */
public final class ValueOrigins {

  private final Map<String, ValueOrigin> recorded = new ConcurrentHashMap<>();

  /** Records that {@code path} was read from the file named {@code file}. */
  void file(String path, String file) {
    recorded.putIfAbsent(path, new ValueOrigin(ValueOrigin.Kind.FILE, file));
  }

  /** Records that {@code variable} set {@code path} (or a key below it). */
  void environment(String path, String variable) {
    recorded.put(path, new ValueOrigin(ValueOrigin.Kind.ENVIRONMENT, variable));
  }

  /**
   * Where the value of {@code key} came from, looking at the key and every key below it (a list's
   * items, a section's keys): an environment variable wins (all of them named, sorted), then the
   * file, else the default.
   */
  public ValueOrigin of(String key) {
    TreeSet<String> variables = new TreeSet<>();
    ValueOrigin file = null;
    for (Map.Entry<String, ValueOrigin> entry : new TreeMap<>(recorded).entrySet()) {
      String path = entry.getKey();
      if (!path.equals(key) && !path.startsWith(key + ".") && !path.startsWith(key + "[")) {
        continue;
      }
      ValueOrigin origin = entry.getValue();
      if (origin.kind() == ValueOrigin.Kind.ENVIRONMENT) {
        variables.add(origin.where());
      } else if (file == null) {
        file = origin;
      }
    }
    if (!variables.isEmpty()) {
      return new ValueOrigin(ValueOrigin.Kind.ENVIRONMENT, String.join(", ", variables));
    }
    return file != null ? file : ValueOrigin.DEFAULT;
  }
}
