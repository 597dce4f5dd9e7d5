package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.providers.Provider;
import dev.mxbot.providers.ProviderCatalog;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Who hosts the zone, read from its nameservers: the home provider (records are edited in its
 * control panel) or another DNS host (records must be edited there).
 */
final class ZoneHostCheck implements Check {

  private final ZoneFacts zones;
  private final ProviderCatalog catalog;

  @Inject
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
    List<Optional<Provider>> hosts = nameservers.stream().map(catalog::dnsHostOf).toList();
    String list = Hosts.list(nameservers);
    boolean allHome = hosts.stream().allMatch(h -> h.isPresent() && h.get().home());
    if (allHome) {
      Provider home = hosts.get(0).get();
      context.dnsHost(home.toRef());
      context.add(
          Finding.of(
              FindingCode.ZONE_AT_HOME_PROVIDER, "provider", home.name(), "nameservers", list));
    } else {
      Optional<Provider> recognised =
          hosts.stream().flatMap(Optional::stream).filter(p -> !p.home()).findFirst();
      recognised.ifPresent(p -> context.dnsHost(p.toRef()));
      context.add(
          Finding.of(
              FindingCode.ZONE_AT_OTHER_PROVIDER,
              "host",
              recognised
                  .map(Provider::name)
                  .orElseGet(() -> Hosts.registrableDomain(nameservers.get(0))),
              "nameservers",
              list,
              "home",
              catalog.home().name()));
    }
  }
}
