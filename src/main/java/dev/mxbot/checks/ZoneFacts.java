package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the zone that holds the domain's records and its nameservers: the NS set of the domain, or
 * of the closest parent that has one (a customer may ask about {@code shop.example.it}). Computed
 * once per report.
 */
final class ZoneFacts {

  private static final Object KEY = new Object();

  private final Lookups lookups;

  ZoneFacts(Lookups lookups) {
    this.lookups = lookups;
  }

  /**
   * The zone apex and its NS hosts; empty hosts when no NS set could be found (the asking check's
   * area is then unchecked if a lookup failed).
   */
  CompletableFuture<Zone> zone(CheckContext context) {
    return marked(
        context, context.memo(KEY, () -> find(context.shared(), context.domain().fqdn())));
  }

  /** The zone holding {@code name} (absolute), found the same way. */
  CompletableFuture<Zone> zoneOf(CheckContext context, String name) {
    return marked(context, context.memo(new Key(name), () -> find(context.shared(), name)));
  }

  private static CompletableFuture<Zone> marked(
      CheckContext context, CompletableFuture<Zone> zone) {
    return zone.thenApply(
        found -> {
          if (found.answer().isUnanswered()) {
            context.markUnchecked();
          }
          return found;
        });
  }

  /** Equals and hashCode by hand (see the {@code dev.mxbot.core} package). */
  private record Key(String name) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key o && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(name);
    }
  }

  private CompletableFuture<Zone> find(CheckContext context, String name) {
    return lookups
        .resolve(context, name, RecordType.NS)
        .thenCompose(
            answer -> {
              if (answer.isOk()) {
                return CompletableFuture.completedFuture(new Zone(name, hosts(answer), answer));
              }
              String parent = parentOf(name);
              if (answer.status() != DnsAnswer.Status.NODATA
                  || parent.indexOf('.') == parent.length() - 1) {
                return CompletableFuture.completedFuture(new Zone(name, List.of(), answer));
              }
              return find(context, parent);
            });
  }

  private static String parentOf(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  private static List<String> hosts(DnsAnswer answer) {
    return answer.records().stream().map(DnsRecord::data).map(Hosts::absolute).sorted().toList();
  }

  /** A zone apex, its nameservers (sorted, absolute) and the answer they came from. */
  record Zone(String apex, List<String> nameservers, DnsAnswer answer) {}
}
