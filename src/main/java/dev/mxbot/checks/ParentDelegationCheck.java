package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The nameservers the registry delegates to (read from the parent zone's servers) must be those the
 * zone itself lists: when they differ, part of the world asks servers the customer no longer
 * manages. And the glue the registry holds for a nameserver inside the zone ({@code ns1.example.it}
 * for {@code example.it}) must be the address the zone publishes for it: resolvers follow the glue
 * to reach the zone at all, so stale glue sends them to an old server ({@code NS_GLUE_MISMATCH}).
 * The zone's addresses are those the resolver gives (already asked for the nameservers): no new
 * question.
 */
final class ParentDelegationCheck implements Check {

  /** Parent servers asked at most: one answer is enough, the others cover failures. */
  private static final int PARENT_ADDRESSES = 3;

  private final ZoneFacts zones;
  private final NameserverFacts nameservers;
  private final Lookups lookups;

  ParentDelegationCheck(ZoneFacts zones, NameserverFacts nameservers, Lookups lookups) {
    this.zones = zones;
    this.nameservers = nameservers;
    this.lookups = lookups;
  }

  @Override
  public Area area() {
    return Area.NAMESERVERS;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    // The domain is usually the zone apex: look its parent up at once, alongside the domain's own
    // NS set, rather than one round trip later.
    String domain = context.domain().fqdn();
    CompletableFuture<ZoneFacts.Zone> likelyParent = zones.zoneOf(context, parentOf(domain));
    return zones
        .zone(context)
        .thenCompose(
            zone -> {
              String apex = zone.apex();
              if (zone.nameservers().isEmpty() || apex.indexOf('.') == apex.length() - 1) {
                return CompletableFuture.completedFuture(null);
              }
              CompletableFuture<ZoneFacts.Zone> parent =
                  apex.equals(domain) ? likelyParent : zones.zoneOf(context, parentOf(apex));
              return parent
                  .thenCompose(p -> delegation(context, apex, p.nameservers()))
                  .thenCompose(
                      found -> {
                        if (found.isEmpty()) {
                          return CompletableFuture.completedFuture(null);
                        }
                        Set<String> set = nsSet(found.get()).orElseThrow();
                        compare(context, zone, set, found.get());
                        return glue(context, apex, set, found.get());
                      });
            });
  }

  private static String parentOf(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  /** The parent's answer for {@code apex}'s NS set (first usable answer). */
  private CompletableFuture<Optional<DnsAnswer>> delegation(
      CheckContext context, String apex, List<String> parentServers) {
    List<CompletableFuture<NameserverFacts.Host>> hosts =
        parentServers.stream().map(ns -> nameservers.addresses(context, ns)).toList();
    return CompletableFuture.allOf(hosts.toArray(CompletableFuture[]::new))
        .thenCompose(
            done -> {
              List<InetAddress> addresses = new ArrayList<>();
              hosts.forEach(h -> addresses.addAll(h.join().askable()));
              List<CompletableFuture<DnsAnswer>> answers =
                  addresses.stream()
                      .limit(PARENT_ADDRESSES)
                      .map(a -> lookups.askServer(context, a, apex, RecordType.NS))
                      .toList();
              return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                  .thenApply(
                      all ->
                          answers.stream()
                              .map(CompletableFuture::join)
                              .filter(a -> nsSet(a).isPresent())
                              .findFirst());
            });
  }

  /** The NS set in an answer: the answer section when authoritative, else the referral's. */
  private static Optional<Set<String>> nsSet(DnsAnswer answer) {
    List<DnsRecord> records = answer.isOk() ? answer.records() : answer.authority();
    if (records.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Set.copyOf(records.stream().map(DnsRecord::data).map(Hosts::absolute).toList()));
  }

  /**
   * NS_PARENT_CHILD_MISMATCH when the sets differ; its {@code ttl} is the parent's NS TTL (how long
   * resolvers keep the registry's list after it is changed at the registrar).
   */
  private static void compare(
      CheckContext context, ZoneFacts.Zone zone, Set<String> parent, DnsAnswer referral) {
    if (parent.equals(Set.copyOf(zone.nameservers()))) {
      return;
    }
    context.add(
        Finding.of(
            FindingCode.NS_PARENT_CHILD_MISMATCH,
            "parent",
            Hosts.list(parent.stream().sorted().toList()),
            "child",
            Hosts.list(zone.nameservers()),
            CacheTtl.PARAM,
            Long.toString(parentTtl(referral))));
  }

  private static long parentTtl(DnsAnswer referral) {
    List<DnsRecord> records = referral.isOk() ? referral.records() : referral.authority();
    return records.stream().mapToLong(DnsRecord::ttl).min().orElse(0);
  }

  /**
   * Compares, for each nameserver of the parent's NS set inside the zone, the glue of the parent's
   * referral with the addresses the zone publishes, family by family: only a family the glue has,
   * and only when the zone's answer for it was received.
   */
  private CompletableFuture<Void> glue(
      CheckContext context, String apex, Set<String> parentSet, DnsAnswer referral) {
    if (referral.isOk() || referral.glue().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    List<CompletableFuture<Void>> compared = new ArrayList<>();
    for (String host : new TreeSet<>(parentSet)) {
      if (!host.equals(apex) && !host.endsWith("." + apex)) {
        continue;
      }
      Set<String> glueV4 = glueOf(referral, host, RecordType.A);
      Set<String> glueV6 = glueOf(referral, host, RecordType.AAAA);
      if (glueV4.isEmpty() && glueV6.isEmpty()) {
        continue;
      }
      CompletableFuture<DnsAnswer> v4 = lookups.resolve(context, host, RecordType.A);
      CompletableFuture<DnsAnswer> v6 = lookups.resolve(context, host, RecordType.AAAA);
      compared.add(
          v4.thenAcceptBoth(
              v6,
              (a, aaaa) -> {
                boolean differs = differs(glueV4, a) || differs(glueV6, aaaa);
                if (differs) {
                  Set<String> glue = new TreeSet<>(glueV4);
                  glue.addAll(glueV6);
                  Set<String> zone = new TreeSet<>(addresses(a));
                  zone.addAll(addresses(aaaa));
                  context.add(
                      Finding.of(
                          FindingCode.NS_GLUE_MISMATCH,
                          "nameserver",
                          Hosts.relative(host),
                          "glue",
                          String.join(", ", glue),
                          "zone",
                          zone.isEmpty() ? "-" : String.join(", ", zone)));
                }
              }));
    }
    return CompletableFuture.allOf(compared.toArray(CompletableFuture[]::new));
  }

  /** True when the glue has addresses of this family and the zone's received answer others. */
  private static boolean differs(Set<String> glue, DnsAnswer zone) {
    if (glue.isEmpty() || zone.isUnanswered()) {
      return false;
    }
    return !glue.equals(addresses(zone));
  }

  /** The glue addresses of {@code host} of one family, normalized. */
  private static Set<String> glueOf(DnsAnswer referral, String host, RecordType type) {
    Set<String> found = new TreeSet<>();
    for (DnsRecord record : referral.glue()) {
      if (record.type() == type && record.owner().equals(host)) {
        Hosts.address(record.data()).ifPresent(a -> found.add(a.getHostAddress()));
      }
    }
    return found;
  }

  /** The addresses of an A or AAAA answer, normalized; none for a negative answer. */
  private static Set<String> addresses(DnsAnswer answer) {
    Set<String> found = new TreeSet<>();
    for (DnsRecord record : answer.records()) {
      Hosts.address(record.data()).ifPresent(a -> found.add(a.getHostAddress()));
    }
    return found;
  }
}
