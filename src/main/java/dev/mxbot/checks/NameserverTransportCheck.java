package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Every nameserver address must answer over TCP as well as over UDP, and must take a plain EDNS(0)
 * query: large answers (DKIM keys, long SPF records) travel over TCP or in big EDNS datagrams, and
 * fail at a server that can do neither. Only on positive evidence, from the SOA asked over each
 * transport ({@link NameserverFacts.Transports}): a server silent over every transport is lame
 * ({@link LameDelegationCheck}), not this check's; a TCP timeout that came with the report's
 * deadline leaves the area unchecked. When TCP fails at every address, the parent zone's server is
 * asked over TCP as a control: if it answers, the zone's servers are at fault; if not, this network
 * may block outbound TCP, and TCP is not checked.
 */
final class NameserverTransportCheck implements Check {

  private final NameserverFacts nameservers;
  private final ZoneFacts zones;
  private final Lookups lookups;

  NameserverTransportCheck(NameserverFacts nameservers, ZoneFacts zones, Lookups lookups) {
    this.nameservers = nameservers;
    this.zones = zones;
    this.lookups = lookups;
  }

  @Override
  public Area area() {
    return Area.NAMESERVERS;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return nameservers
        .views(context)
        .thenCompose(
            views -> {
              boolean tcpAnsweredHere =
                  views.servers().stream()
                      .anyMatch(s -> NameserverFacts.Transports.answered(s.transports().tcp()));
              boolean ednsWorksFromHere =
                  views.servers().stream()
                      .anyMatch(s -> NameserverFacts.Transports.answered(s.transports().edns()));
              boolean someUdpOnly =
                  views.servers().stream().anyMatch(s -> s.transports().udpAnswered());
              CompletableFuture<Boolean> tcpWorksFromHere =
                  tcpAnsweredHere || !someUdpOnly
                      ? CompletableFuture.completedFuture(tcpAnsweredHere)
                      : tcpControl(context, views.zone().apex());
              return tcpWorksFromHere.thenAccept(
                  tcpWorks -> {
                    for (NameserverFacts.ServerView server : views.servers()) {
                      if (tcpWorks) {
                        tcp(context, views.zone().apex(), server);
                      } else {
                        tcpUnknown(context, views.zone().apex(), server);
                      }
                      if (ednsWorksFromHere) {
                        edns(context, views.zone().apex(), server);
                      }
                    }
                  });
            });
  }

  /**
   * Whether TCP to port 53 works from here at all, when no address of the zone answered over TCP:
   * the parent zone's first nameserver, asked over TCP for the zone's delegation (one question,
   * only then). Its answer, a referral included, tells that the zone's servers are at fault.
   */
  private CompletableFuture<Boolean> tcpControl(CheckContext context, String apex) {
    int dot = apex.indexOf('.');
    if (dot < 0 || dot == apex.length() - 1) {
      return CompletableFuture.completedFuture(false);
    }
    return zones
        .zoneOf(context, apex.substring(dot + 1))
        .thenCompose(
            parent ->
                parent.nameservers().isEmpty()
                    ? CompletableFuture.completedFuture(false)
                    : nameservers
                        .addresses(context, parent.nameservers().get(0))
                        .thenCompose(
                            host ->
                                host.askable().isEmpty()
                                    ? CompletableFuture.completedFuture(false)
                                    : lookups
                                        .probeServer(
                                            context,
                                            host.askable().get(0),
                                            apex,
                                            RecordType.NS,
                                            Dns.Transport.TCP)
                                        .thenApply(NameserverFacts.Transports::answered)));
  }

  /**
   * No address answered over TCP and TCP could not be shown to work from here (the parent's server
   * did not answer over TCP either): this network may block outbound TCP port 53, so nothing is
   * claimed — TCP is not checked.
   */
  private static void tcpUnknown(
      CheckContext context, String apex, NameserverFacts.ServerView server) {
    if (server.transports().udpAnswered()) {
      notChecked(context, apex, server, Dns.Transport.TCP);
    }
  }

  /**
   * NS_NO_TCP: answered over UDP, and TCP was refused or timed out on its own, while another
   * address of the zone did answer over TCP (so TCP works from here).
   */
  private static void tcp(CheckContext context, String apex, NameserverFacts.ServerView server) {
    NameserverFacts.Transports transports = server.transports();
    if (!transports.udpAnswered()) {
      return;
    }
    DnsAnswer tcp = transports.tcp();
    if (tcp.status() == DnsAnswer.Status.TIMEOUT && !transports.tcpInTime()) {
      notChecked(context, apex, server, Dns.Transport.TCP);
      return;
    }
    String reason =
        switch (tcp.status()) {
          case UNREACHABLE -> "refused";
          case TIMEOUT -> "no_response";
          default -> null;
        };
    if (reason != null) {
      context.add(
          Finding.of(
              FindingCode.NS_NO_TCP,
              "nameserver",
              server.label(),
              "reasonKey",
              "reason.tcp." + reason));
    }
  }

  /** The zone's SOA asked of {@code server} over {@code transport} is named as not checked. */
  private static void notChecked(
      CheckContext context,
      String apex,
      NameserverFacts.ServerView server,
      Dns.Transport transport) {
    context.noteUnanswered(Lookups.probeLabel(apex, RecordType.SOA, server.address(), transport));
    context.markUnchecked();
  }

  /**
   * NS_EDNS_BROKEN: the usual question, which carries a plain EDNS(0) record, got no answer for the
   * zone, nor did the same question asked again, while the question without EDNS did (one lost
   * datagram is no fault) — and only when another address of the zone took EDNS, so that a
   * middlebox on this side cannot pass for the zone's fault. A second silence shorter than twice
   * the answer without EDNS took, or cut by the deadline, is "not checked" instead.
   */
  private static void edns(CheckContext context, String apex, NameserverFacts.ServerView server) {
    NameserverFacts.Transports transports = server.transports();
    boolean plainAnswered =
        transports.plain().filter(NameserverFacts.Transports::answered).isPresent();
    boolean ednsFailedTwice =
        !NameserverFacts.Transports.answered(transports.edns())
            && transports.ednsAgain().filter(NameserverFacts.Transports::answered).isEmpty()
            && transports.ednsAgain().isPresent();
    if (!plainAnswered || !ednsFailedTwice) {
      return;
    }
    if (!transports.ednsInTime()) {
      notChecked(context, apex, server, Dns.Transport.UDP_EDNS);
      return;
    }
    String reason =
        switch (transports.edns().status()) {
          case TIMEOUT, UNREACHABLE -> "no_response";
          default -> "error";
        };
    context.add(
        Finding.of(
            FindingCode.NS_EDNS_BROKEN,
            "nameserver",
            server.label(),
            "reasonKey",
            "reason.edns." + reason));
  }
}
