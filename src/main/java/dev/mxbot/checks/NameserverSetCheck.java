package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.providers.Provider;
import dev.mxbot.providers.ProviderCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The shape of the NS set: more than one nameserver, and for a provider that pairs its servers
 * (OVHcloud's {@code ns109}/{@code dns109}), servers of the same pair.
 */
final class NameserverSetCheck implements Check {

  private final ZoneFacts zones;
  private final ProviderCatalog catalog;

  NameserverSetCheck(ZoneFacts zones, ProviderCatalog catalog) {
    this.zones = zones;
    this.catalog = catalog;
  }

  @Override
  public Area area() {
    return Area.NAMESERVERS;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return zones.zone(context).thenAccept(zone -> check(context, zone.nameservers()));
  }

  private void check(CheckContext context, List<String> nameservers) {
    if (nameservers.size() == 1) {
      context.add(Finding.of(FindingCode.NS_SINGLE, "nameserver", Hosts.list(nameservers)));
    }
    if (nameservers.size() < 2) {
      return;
    }
    Optional<Provider> host = catalog.dnsHostOf(nameservers.get(0));
    if (host.isEmpty() || host.get().nameserverPairing().isEmpty()) {
      return;
    }
    Map<String, String> pairs = new TreeMap<>();
    for (String ns : nameservers) {
      Optional<String> pair = host.get().pairOf(ns);
      if (pair.isEmpty()) {
        return;
      }
      pairs.merge(pair.get(), Hosts.relative(ns), (a, b) -> a + ", " + b);
    }
    if (pairs.size() > 1) {
      context.add(
          Finding.of(
              FindingCode.NS_PAIR_MISMATCH,
              "nameservers",
              Hosts.list(nameservers),
              "provider",
              host.get().name(),
              "pairs",
              pairs.entrySet().stream()
                  .map(e -> e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining("; "))));
    }
  }
}
