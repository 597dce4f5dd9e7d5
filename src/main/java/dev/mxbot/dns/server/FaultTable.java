package dev.mxbot.dns.server;

import dev.mxbot.dns.RecordType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults a {@link ZoneServer} currently injects, by name and type (type null = every type), and
 * a server-wide delay. Thread safe: changed by tests while the server answers.
 */
final class FaultTable {

  private record Key(String name, RecordType type) {}

  private final Map<Key, Fault> faults = new ConcurrentHashMap<>();
  private volatile Duration delayAll = Duration.ZERO;

  void inject(String name, RecordType type, Fault fault) {
    faults.put(new Key(normalize(name), type), fault);
  }

  void clear() {
    faults.clear();
    delayAll = Duration.ZERO;
  }

  void delayAll(Duration delay) {
    delayAll = delay;
  }

  Duration delayAll() {
    return delayAll;
  }

  /** The fault for this name and type: the exact one first, then the one for every type. */
  Optional<Fault> find(String name, RecordType type) {
    String key = normalize(name);
    Fault exact = type == null ? null : faults.get(new Key(key, type));
    return Optional.ofNullable(exact != null ? exact : faults.get(new Key(key, null)));
  }

  static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower : lower + ".";
  }
}
