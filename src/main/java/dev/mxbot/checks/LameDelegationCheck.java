package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Every delegated nameserver, at every address, must answer authoritatively for the zone: one that
 * times out, refuses, or answers without the AA flag is lame — resolvers that pick it fail or slow
 * down. The finding's {@code reasonKey} says which ({@code reason.lame.no_response}, {@code
 * .refused}, {@code .not_authoritative}, …). Silence is called lame only when it is evidence: an
 * address that answered any other question of this report (MX, TXT, NS, the SOA over TCP) lost or
 * delayed its SOA answer, and a silence that came with the report's deadline was cut short; both
 * leave the area unchecked instead.
 */
final class LameDelegationCheck implements Check {

  private static final String NO_RESPONSE = "no_response";

  private final NameserverFacts nameservers;

  LameDelegationCheck(NameserverFacts nameservers) {
    this.nameservers = nameservers;
  }

  @Override
  public Area area() {
    return Area.NAMESERVERS;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return nameservers
        .views(context)
        .thenAccept(
            views -> {
              for (NameserverFacts.Host host : views.hosts()) {
                if (host.hasNoAddress()) {
                  context.add(lame(Hosts.relative(host.name()), "no_address"));
                } else if (host.onlySpecialAddresses()) {
                  context.add(
                      Finding.of(
                          FindingCode.NS_ADDRESS_PRIVATE,
                          "nameserver",
                          Hosts.relative(host.name()),
                          "addresses",
                          host.addresses().stream()
                              .map(InetAddress::getHostAddress)
                              .collect(Collectors.joining(", "))));
                }
              }
              boolean deadlinePassed = !Instant.now().isBefore(context.deadline());
              for (NameserverFacts.ServerView server : views.servers()) {
                String reason = reason(soa(server));
                if (reason == null) {
                  continue;
                }
                if (reason.equals(NO_RESPONSE) && (deadlinePassed || server.responded())) {
                  // its SOA's silence was cut short, or was a loss: the SOA question is already
                  // in the report's "not checked", and this server is not called lame
                  context.markUnchecked();
                } else {
                  context.add(lame(server.label(), reason));
                }
              }
            });
  }

  private static Finding lame(String nameserver, String reason) {
    return Finding.of(
        FindingCode.NS_LAME, "nameserver", nameserver, "reasonKey", "reason.lame." + reason);
  }

  /**
   * The server's SOA answer: the usual one, or, when that got no answer but the same question
   * without EDNS did, that one. A server that only fails EDNS(0) is not lame: {@link
   * NameserverTransportCheck} says what it does wrong.
   */
  private static DnsAnswer soa(NameserverFacts.ServerView server) {
    if (!NameserverFacts.Transports.answered(server.soa())) {
      var plain = server.transports().plain().filter(NameserverFacts.Transports::answered);
      if (plain.isPresent()) {
        return plain.get();
      }
    }
    return server.soa();
  }

  /** Why this SOA answer shows a lame server; null when the server is fine. */
  static String reason(DnsAnswer soa) {
    return switch (soa.status()) {
      case OK -> soa.authoritative() ? null : "not_authoritative";
      case NODATA -> soa.authoritative() ? "no_soa" : "not_authoritative";
      case TIMEOUT, UNREACHABLE -> NO_RESPONSE;
      case NXDOMAIN, SERVFAIL, REFUSED -> soa.status().name().toLowerCase(Locale.ROOT);
      case FAILED -> "failed";
    };
  }
}
