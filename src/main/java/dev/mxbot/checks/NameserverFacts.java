package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What each of the zone's nameservers says when asked directly: every address of every NS host is
 * asked for the zone's SOA, MX, TXT and NS, all at once. Computed once per report and shared by the
 * lame delegation, consistency and propagation checks.
 */
final class NameserverFacts {

  private static final Object KEY = new Object();

  /**
   * Nameserver addresses asked directly, at most: enough for any real zone, and a zone listing
   * hundreds cannot make mxbot flood them.
   */
  static final int MAX_SERVERS = 16;

  private final Lookups lookups;
  private final ZoneFacts zones;

  @Inject
  NameserverFacts(Lookups lookups, ZoneFacts zones) {
    this.lookups = lookups;
    this.zones = zones;
  }

  /** One address of one nameserver and its answers for the zone apex. */
  record ServerView(
      String host, InetAddress address, DnsAnswer soa, DnsAnswer mx, DnsAnswer txt, DnsAnswer ns) {

    /** {@code ns1.example.net (192.0.2.1)} for messages. */
    String label() {
      return Hosts.relative(host) + " (" + address.getHostAddress() + ")";
    }
  }

  /**
   * A nameserver host and its addresses (none when it does not resolve); {@code askable} are those
   * mxbot may contact (no special-purpose address unless configured).
   */
  record Host(
      String name, List<InetAddress> addresses, List<InetAddress> askable, boolean unanswered) {

    /** True when the host has addresses, but none the internet can reach. */
    boolean onlySpecialAddresses() {
      return !addresses.isEmpty() && askable.isEmpty();
    }
  }

  /** The zone, its nameserver hosts with their addresses, and each address's answers. */
  record Views(ZoneFacts.Zone zone, List<Host> hosts, List<ServerView> servers) {}

  /**
   * The views of every nameserver (at most {@link #MAX_SERVERS} addresses); the asking check's area
   * is unchecked when the zone's NS set or a nameserver's addresses could not be read.
   */
  CompletableFuture<Views> views(CheckContext context) {
    CheckContext shared = context.shared();
    CompletableFuture<Views> views =
        context.memo(KEY, () -> zones.zone(shared).thenCompose(zone -> ask(shared, zone)));
    return views.thenApply(
        found -> {
          if (found.zone().answer().isUnanswered()
              || found.hosts().stream().anyMatch(Host::unanswered)) {
            context.markUnchecked();
          }
          return found;
        });
  }

  private CompletableFuture<Views> ask(CheckContext context, ZoneFacts.Zone zone) {
    List<CompletableFuture<Host>> hosts =
        zone.nameservers().stream().map(ns -> addresses(context, ns)).toList();
    return CompletableFuture.allOf(hosts.toArray(CompletableFuture[]::new))
        .thenCompose(
            done -> {
              List<CompletableFuture<ServerView>> views = new ArrayList<>();
              for (CompletableFuture<Host> host : hosts) {
                for (InetAddress address : host.join().askable()) {
                  if (views.size() < MAX_SERVERS) {
                    views.add(view(context, zone.apex(), host.join().name(), address));
                  }
                }
              }
              return CompletableFuture.allOf(views.toArray(CompletableFuture[]::new))
                  .thenApply(
                      all ->
                          new Views(
                              zone,
                              hosts.stream().map(CompletableFuture::join).toList(),
                              views.stream().map(CompletableFuture::join).toList()));
            });
  }

  private CompletableFuture<ServerView> view(
      CheckContext context, String apex, String host, InetAddress address) {
    CompletableFuture<DnsAnswer> soa = lookups.askServer(context, address, apex, RecordType.SOA);
    CompletableFuture<DnsAnswer> mx = lookups.askServer(context, address, apex, RecordType.MX);
    CompletableFuture<DnsAnswer> txt = lookups.askServer(context, address, apex, RecordType.TXT);
    CompletableFuture<DnsAnswer> ns = lookups.askServer(context, address, apex, RecordType.NS);
    return CompletableFuture.allOf(soa, mx, txt, ns)
        .thenApply(
            all -> new ServerView(host, address, soa.join(), mx.join(), txt.join(), ns.join()));
  }

  /** The IPv4 and IPv6 addresses of a host, through the resolver. */
  CompletableFuture<Host> addresses(CheckContext context, String host) {
    CompletableFuture<DnsAnswer> v4 = lookups.resolve(context, host, RecordType.A);
    CompletableFuture<DnsAnswer> v6 = lookups.resolve(context, host, RecordType.AAAA);
    return v4.thenCombine(
        v6,
        (a, aaaa) -> {
          List<InetAddress> addresses = new ArrayList<>();
          for (DnsRecord record : a.records()) {
            Hosts.address(record.data()).ifPresent(addresses::add);
          }
          for (DnsRecord record : aaaa.records()) {
            Hosts.address(record.data()).ifPresent(addresses::add);
          }
          List<InetAddress> askable = addresses.stream().filter(lookups::mayAsk).toList();
          return new Host(host, addresses, askable, a.isUnanswered() && aaaa.isUnanswered());
        });
  }
}
