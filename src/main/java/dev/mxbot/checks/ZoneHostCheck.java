package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.providers.Provider;
import dev.mxbot.providers.ProviderCatalog;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Who hosts the zone, read from its nameservers: the home provider (records are edited in its
 * control panel) or another DNS host (records must be edited there). Nameservers of anyone else
 * listed beside the recognised host are named as such, never taken for the host itself.
 */
final class ZoneHostCheck implements Check {

  private final ZoneFacts zones;
  private final ProviderCatalog catalog;

  ZoneHostCheck(ZoneFacts zones, ProviderCatalog catalog) {
    this.zones = zones;
    this.catalog = catalog;
  }

  @Override
  public Area area() {
    return Area.DNS_HOST;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return zones.zone(context).thenAccept(zone -> report(context, zone));
  }

  private void report(CheckContext context, ZoneFacts.Zone zone) {
    List<String> nameservers = zone.nameservers();
    if (!zone.answer().isUnanswered()) {
      context.updateRecords(r -> new ReportRecords(nameservers, r.mx(), r.spf(), r.dmarc()));
    }
    if (nameservers.isEmpty()) {
      return;
    }
    Optional<Provider> host = host(nameservers);
    List<String> own =
        host.map(p -> nameservers.stream().filter(p::isNameserver).toList()).orElse(nameservers);
    List<String> others = nameservers.stream().filter(ns -> !own.contains(ns)).toList();
    host.ifPresent(p -> context.dnsHost(p.toRef()));
    String alone = others.isEmpty() ? "alone" : "with_others";
    if (host.isPresent() && host.get().home()) {
      context.add(
          Finding.of(
              FindingCode.ZONE_AT_HOME_PROVIDER,
              "provider",
              host.get().name(),
              "nameservers",
              Hosts.list(own),
              "others",
              Hosts.list(others),
              "adviceKey",
              "zone.home." + alone));
    } else {
      context.add(
          Finding.of(
              FindingCode.ZONE_AT_OTHER_PROVIDER,
              "host",
              host.map(Provider::name).orElseGet(() -> unknownHosts(nameservers)),
              "nameservers",
              Hosts.list(own),
              "others",
              Hosts.list(others),
              "home",
              catalog.home().name(),
              "adviceKey",
              "zone.other." + alone));
    }
  }

  /**
   * The DNS host the zone is edited at: the home provider when any of its nameservers is listed,
   * else the first recognised host; empty when the catalog knows none of them.
   */
  private Optional<Provider> host(List<String> nameservers) {
    List<Provider> recognised =
        nameservers.stream().map(catalog::dnsHostOf).flatMap(Optional::stream).toList();
    return recognised.stream()
        .filter(Provider::home)
        .findFirst()
        .or(() -> recognised.stream().findFirst());
  }

  /** {@code example-dns.net} for nameservers the catalog does not know, each domain once. */
  private static String unknownHosts(List<String> nameservers) {
    return nameservers.stream()
        .map(Hosts::registrableDomain)
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
