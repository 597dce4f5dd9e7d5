package dev.mxbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xbill.DNS.Master;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * The records of the benchmark's master files, read with dnsjava's master-file reader (the one the
 * in-process DNS server uses), and a model of what one question to the in-process resolver costs in
 * round trips. Immutable once loaded.
 */
final class ZoneData {

  /** The records of one name, by type. */
  private record Owner(Map<String, List<String>> byType) {}

  /**
   * What the resolver answers to one question.
   *
   * @param rounds round trips: 1, plus one per CNAME to a name of another zone (the in-process
   *     resolver is authoritative only, so the client asks again for such a target)
   * @param data the record data, e.g. {@code 10 mx.example.net.}; empty when there is none
   */
  record Lookup(int rounds, List<String> data) {}

  private static final int MAX_CHAIN = 8;

  private final Map<String, Map<String, Owner>> zones;

  private ZoneData(Map<String, Map<String, Owner>> zones) {
    this.zones = zones;
  }

  static ZoneData load(Iterable<Path> files) {
    Map<String, Map<String, Owner>> zones = new HashMap<>();
    for (Path file : files) {
      try (Master master = new Master(file.toString())) {
        String origin = null;
        for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
          if (origin == null || record.getType() == Type.SOA) {
            origin = lower(record.getName().toString());
          }
          add(zones, origin, lower(record.getName().toString()), type(record), data(record));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new ZoneData(zones);
  }

  private static String type(Record record) {
    return Type.string(record.getType());
  }

  /** The record's data as in a master file; a TXT record's strings joined. */
  private static String data(Record record) {
    return record instanceof TXTRecord txt
        ? String.join("", txt.getStrings())
        : record.rdataToString();
  }

  private static void add(
      Map<String, Map<String, Owner>> zones,
      String origin,
      String owner,
      String type,
      String data) {
    zones
        .computeIfAbsent(origin, o -> new HashMap<>())
        .computeIfAbsent(owner, o -> new Owner(new HashMap<>()))
        .byType()
        .computeIfAbsent(type, t -> new ArrayList<>())
        .add(data);
  }

  /** Asks {@code name} (absolute) for {@code type}, following CNAMEs as mxbot does. */
  Lookup lookup(String name, String type) {
    String current = lower(name);
    int rounds = 1;
    for (int hop = 0; hop < MAX_CHAIN; hop++) {
      Optional<String> origin = zoneOf(current);
      if (origin.isEmpty()) {
        return new Lookup(rounds, List.of());
      }
      Owner owner = zones.get(origin.get()).get(current);
      if (owner == null) {
        return new Lookup(rounds, List.of());
      }
      List<String> data = owner.byType().get(type);
      if (data != null) {
        return new Lookup(rounds, List.copyOf(data));
      }
      List<String> cname = owner.byType().get("CNAME");
      if (cname == null) {
        return new Lookup(rounds, List.of());
      }
      current = lower(cname.get(0));
      if (!origin.equals(zoneOf(current))) {
        rounds++;
      }
    }
    return new Lookup(rounds, List.of());
  }

  /** The names of {@code domain}'s zone that hold a record of {@code type}. */
  List<String> ownersWith(String domain, String type) {
    Map<String, Owner> zone = zones.getOrDefault(lower(domain), Map.of());
    return zone.entrySet().stream()
        .filter(e -> e.getValue().byType().containsKey(type))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** The DKIM selectors the domain's zone publishes ({@code <selector>._domainkey.<domain>}). */
  List<String> dkimSelectors(String domain) {
    String suffix = "._domainkey." + lower(domain);
    return zones.getOrDefault(lower(domain), Map.of()).keySet().stream()
        .filter(name -> name.endsWith(suffix))
        .map(name -> name.substring(0, name.length() - suffix.length()))
        .sorted()
        .toList();
  }

  private Optional<String> zoneOf(String name) {
    String best = null;
    for (String origin : zones.keySet()) {
      boolean inside = origin.equals(".") || name.equals(origin) || name.endsWith("." + origin);
      if (inside && (best == null || origin.length() > best.length())) {
        best = origin;
      }
    }
    return Optional.ofNullable(best);
  }

  static String lower(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower : lower + ".";
  }
}
