package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The nameservers the registry delegates to (read from the parent zone's servers) must be those the
 * zone itself lists: when they differ, part of the world asks servers the customer no longer
 * manages.
 */
final class ParentDelegationCheck implements Check {

  /** Parent servers asked at most: one answer is enough, the others cover failures. */
  private static final int PARENT_ADDRESSES = 3;

  private final ZoneFacts zones;
  private final NameserverFacts nameservers;
  private final Lookups lookups;

  @Inject
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
                  .thenAccept(found -> found.ifPresent(set -> compare(context, zone, set)));
            });
  }

  private static String parentOf(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  /** The NS set for {@code apex} as the parent's servers give it (first usable answer). */
  private CompletableFuture<Optional<Set<String>>> delegation(
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
                              .map(ParentDelegationCheck::nsSet)
                              .flatMap(Optional::stream)
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

  private static void compare(CheckContext context, ZoneFacts.Zone zone, Set<String> parent) {
    if (parent.equals(Set.copyOf(zone.nameservers()))) {
      return;
    }
    context.add(
        Finding.of(
            FindingCode.NS_PARENT_CHILD_MISMATCH,
            "parent",
            Hosts.list(parent.stream().sorted().toList()),
            "child",
            Hosts.list(zone.nameservers())));
  }
}
