package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What each of the zone's nameservers says when asked directly: every address of every NS host is
 * asked for the zone's SOA, MX, TXT and NS, and the SOA over TCP, all at once; the SOA again with
 * and without EDNS when it got no answer ({@link Transports}). Computed once per report and shared
 * by the lame delegation, transport, consistency and propagation checks.
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

  NameserverFacts(Lookups lookups, ZoneFacts zones) {
    this.lookups = lookups;
    this.zones = zones;
  }

  /** One address of one nameserver and its answers for the zone apex. */
  record ServerView(
      String host,
      InetAddress address,
      DnsAnswer soa,
      DnsAnswer mx,
      DnsAnswer txt,
      DnsAnswer ns,
      Transports transports) {

    /** {@code ns1.example.net (192.0.2.1)} for messages. */
    String label() {
      return Hosts.relative(host) + " (" + address.getHostAddress() + ")";
    }

    /**
     * True when any question asked of this address (the SOA over UDP and TCP, MX, TXT, NS) got a
     * response of any kind — records, "none", an error: the server is there.
     */
    boolean responded() {
      for (DnsAnswer answer : List.of(soa, mx, txt, ns, transports.tcp())) {
        if (isResponse(answer)) {
          return true;
        }
      }
      return false;
    }

    /** True when the server sent a response: neither silence nor an unreachable address. */
    static boolean isResponse(DnsAnswer answer) {
      return answer.status() != DnsAnswer.Status.TIMEOUT
          && answer.status() != DnsAnswer.Status.UNREACHABLE;
    }
  }

  /**
   * The zone's SOA asked of one address over each transport: the usual question (UDP with a plain
   * EDNS(0) record, as dnsjava sends it: version 0, no option, DO=0, 1280 bytes; over TCP only if
   * truncated), UDP without EDNS (only when the usual question got no answer), TCP alone. The last
   * two without any fallback.
   *
   * @param edns the usual answer, the same as {@link ServerView#soa()}
   * @param ednsAgain the same EDNS question once more, alone, when the usual one got no answer (a
   *     lost datagram must not pass for an EDNS fault); empty when not asked
   * @param plain the answer over UDP without EDNS; empty when not asked (EDNS answered)
   * @param tcp the answer over TCP
   * @param tcpInTime false when the TCP answer is a timeout that says nothing about the server: it
   *     came with the report's deadline, or the TCP question waited less than twice as long as the
   *     server's usual UDP answer took (a TCP exchange costs one round trip more: a slow server or
   *     path is not a deaf one)
   * @param ednsInTime false when the EDNS question asked again is a timeout that says nothing about
   *     the server, by the same rule against the answer without EDNS
   */
  record Transports(
      DnsAnswer edns,
      Optional<DnsAnswer> ednsAgain,
      Optional<DnsAnswer> plain,
      DnsAnswer tcp,
      boolean tcpInTime,
      boolean ednsInTime) {

    /** True when this answer is one for the zone: records or "no such record". */
    static boolean answered(DnsAnswer answer) {
      return answer.status() == DnsAnswer.Status.OK || answer.status() == DnsAnswer.Status.NODATA;
    }

    /** True when the server answered for the zone over UDP, with or without EDNS. */
    boolean udpAnswered() {
      return answered(edns) || plain.filter(Transports::answered).isPresent();
    }
  }

  /**
   * A nameserver host and its addresses (none when it does not resolve); {@code askable} are those
   * mxbot may contact (no special-purpose address unless configured). {@code unanswered}: the A or
   * the AAAA question got no usable answer, so {@code addresses} may be missing some — an empty
   * list then says nothing of the host.
   */
  record Host(
      String name, List<InetAddress> addresses, List<InetAddress> askable, boolean unanswered) {

    /** True when both families were answered and neither gave an address. */
    boolean hasNoAddress() {
      return addresses.isEmpty() && !unanswered;
    }

    /**
     * True when the host has addresses, but none the internet can reach — known only when both
     * families were answered (the unanswered one might hold a public address).
     */
    boolean onlySpecialAddresses() {
      return !addresses.isEmpty() && askable.isEmpty() && !unanswered;
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
    CompletableFuture<Transports> transports = transports(context, apex, address, soa);
    return CompletableFuture.allOf(soa, mx, txt, ns, transports)
        .thenApply(
            all ->
                new ServerView(
                    host,
                    address,
                    soa.join(),
                    mx.join(),
                    txt.join(),
                    ns.join(),
                    transports.join()));
  }

  /**
   * The SOA over TCP, at once; over UDP without EDNS only when the usual question (UDP with
   * EDNS(0)) got no answer — and then the EDNS question once more. One more question per address,
   * three for a server that fails EDNS.
   */
  private CompletableFuture<Transports> transports(
      CheckContext context, String apex, InetAddress address, CompletableFuture<DnsAnswer> soa) {
    long asked = System.nanoTime();
    // how long the usual UDP answer took; none to compare with when it did not come (then UDP
    // without EDNS is asked only after it failed)
    CompletableFuture<Long> udpTook =
        soa.thenApply(answer -> Transports.answered(answer) ? System.nanoTime() - asked : 0L);
    CompletableFuture<DnsAnswer> tcp =
        lookups.probeServer(context, address, apex, RecordType.SOA, Dns.Transport.TCP);
    CompletableFuture<Boolean> tcpInTime =
        tcp.thenCombine(
            udpTook,
            (answer, udpNanos) ->
                answer.status() != DnsAnswer.Status.TIMEOUT
                    || silenceShown(context, System.nanoTime() - asked, udpNanos));
    // UDP without EDNS and the EDNS question again are both asked once the usual one failed
    CompletableFuture<Long> retried = soa.thenApply(answer -> System.nanoTime());
    CompletableFuture<Optional<DnsAnswer>> plain =
        unlessAnswered(soa, () -> probe(context, address, apex, Dns.Transport.UDP_PLAIN));
    CompletableFuture<Long> plainTook =
        plain.thenCombine(
            retried,
            (answer, since) ->
                answer.filter(Transports::answered).isPresent() ? System.nanoTime() - since : 0L);
    CompletableFuture<Optional<DnsAnswer>> ednsAgain =
        unlessAnswered(soa, () -> probe(context, address, apex, Dns.Transport.UDP_EDNS));
    CompletableFuture<Long> againWaited =
        ednsAgain.thenCombine(retried, (answer, since) -> System.nanoTime() - since);
    CompletableFuture<Boolean> ednsInTime =
        againWaited.thenCombine(
            plainTook,
            (waited, plainNanos) ->
                ednsAgain.join().filter(a -> a.status() == DnsAnswer.Status.TIMEOUT).isEmpty()
                    || silenceShown(context, waited, plainNanos));
    return CompletableFuture.allOf(soa, tcp, tcpInTime, plain, ednsAgain, ednsInTime)
        .thenApply(
            all ->
                new Transports(
                    soa.join(),
                    ednsAgain.join(),
                    plain.join(),
                    tcp.join(),
                    tcpInTime.join(),
                    ednsInTime.join()));
  }

  /**
   * True when a question's silence after {@code waitedNanos} says something about the server: it
   * ended before the report's deadline, and lasted at least twice as long as the same server's
   * answer over another transport took ({@code answeredNanos}; a slow server or path is not a deaf
   * one, and TCP costs one round trip more).
   */
  static boolean silenceShown(CheckContext context, long waitedNanos, long answeredNanos) {
    return Instant.now().isBefore(context.deadline()) && waitedNanos >= 2 * answeredNanos;
  }

  private CompletableFuture<DnsAnswer> probe(
      CheckContext context, InetAddress address, String apex, Dns.Transport transport) {
    return lookups.probeServer(context, address, apex, RecordType.SOA, transport);
  }

  /** {@code ask}'s answer when {@code usual} got none for the zone; else empty, not asked. */
  private static CompletableFuture<Optional<DnsAnswer>> unlessAnswered(
      CompletableFuture<DnsAnswer> usual,
      java.util.function.Supplier<CompletableFuture<DnsAnswer>> ask) {
    return usual.thenCompose(
        answer ->
            Transports.answered(answer)
                ? CompletableFuture.completedFuture(Optional.<DnsAnswer>empty())
                : ask.get().thenApply(Optional::of));
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
          return new Host(host, addresses, askable, a.isUnanswered() || aaaa.isUnanswered());
        });
  }
}
