package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Area;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every nameserver, every transport: each customer zone has one healthy nameserver and one that
 * misbehaves in one way (UDP only, FORMERR or silence to EDNS(0), oversize UDP answers, silent,
 * refusing, not authoritative). Every server is an in-process zone server on its own loopback
 * address, all on one port, as nameservers are on 53; the "resolver" serves every customer zone.
 */
@DisplayName("nameservers asked over UDP with and without EDNS(0), and over TCP")
class NameserverTransportScenariosTest {

  private static final String GOOD = "127.0.0.61";
  private static final String UDP_ONLY = "127.0.0.62";
  private static final String EDNS_FORMERR = "127.0.0.63";
  private static final String EDNS_DROPPED = "127.0.0.64";
  private static final String OVERSIZE = "127.0.0.65";
  private static final String NOBODY = "127.0.0.66";
  private static final String RESOLVER = "127.0.0.60";
  private static final String FIRST = "127.0.0.67";
  private static final String PARENT_ONLY = "127.0.0.68";
  private static final String UDP_ONLY_TOO = "127.0.0.69";
  private static final String UDP_ONLY_PARENT = "127.0.0.70";

  private static final List<ZoneServer> servers = new ArrayList<>();
  private static DnsjavaDns dns;
  private static Diagnosis diagnosis;

  /** A customer zone with ns1 on a healthy server of its own and ns2 at {@code second}. */
  private static String customer(String origin, String second) {
    return "$ORIGIN "
        + origin
        + "\n$TTL 3600\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n"
        + "@ NS ns1\n@ NS ns2\n"
        + "ns1 A "
        + FIRST
        + "\nns2 A "
        + second
        + "\n@ MX 10 mx\nmx A 192.0.2.25\n";
  }

  private static final String HEALTHY = customer("healthy.it.", GOOD);
  private static final String NO_TCP = customer("notcp.it.", UDP_ONLY);
  private static final String FORMERR = customer("formerr.it.", EDNS_FORMERR);
  private static final String EDNS_SILENT = customer("ednssilent.it.", EDNS_DROPPED);
  private static final String TOO_BIG = customer("toobig.it.", OVERSIZE);
  private static final String DEAD = customer("dead.it.", NOBODY);
  private static final String SILENT = customer("silent.it.", GOOD);
  private static final String REFUSING = customer("refusing.it.", GOOD);
  private static final String NOT_AUTHORITATIVE = customer("noauth.it.", PARENT_ONLY);

  /**
   * Both nameservers UDP-only: alone, that looks the same as outbound TCP being blocked; the
   * parent's server answering over TCP tells them apart.
   */
  private static final String ALL_UDP =
      customer("alludp.it.", UDP_ONLY).replace("ns1 A " + FIRST, "ns1 A " + UDP_ONLY_TOO);

  /** The same under a parent whose own server is UDP-only: TCP cannot be shown to work here. */
  private static final String ALL_UDP_EU =
      customer("alludp.eu.", UDP_ONLY).replace("ns1 A " + FIRST, "ns1 A " + UDP_ONLY_TOO);

  private static final String PARENT_EU =
      "$ORIGIN eu.\n$TTL 3600\n@ SOA a.dns.eu. hostmaster.eu. 1 3600 600 86400 300\n"
          + "@ NS a.dns.eu.\na.dns A "
          + UDP_ONLY_PARENT
          + "\nalludp NS ns1.alludp.eu.\n";

  /** The parent zone, alone on its server: it refers for noauth.it. */
  private static final String PARENT =
      "$ORIGIN it.\n$TTL 3600\n@ SOA a.dns.it. hostmaster.it. 1 3600 600 86400 300\n"
          + "@ NS a.dns.it.\na.dns A "
          + PARENT_ONLY
          + "\nnoauth NS ns9.example.net.\nalludp NS ns1.alludp.it.\n";

  private static ZoneServer serve(
      String address, int port, UnaryOperator<ZoneServerBuilder> quirks, String... zones)
      throws Exception {
    ZoneServerBuilder builder = ZoneServer.builder().address(address).port(port);
    for (String zone : zones) {
      builder.zone(zone.substring(8, zone.indexOf('\n')), zone);
    }
    ZoneServer server = quirks.apply(builder).start();
    servers.add(server);
    return server;
  }

  @BeforeAll
  static void start() throws Exception {
    ZoneServer good = serve(GOOD, 0, b -> b, HEALTHY, SILENT);
    int port = good.port();
    serve(
        FIRST,
        port,
        b -> b,
        HEALTHY,
        NO_TCP,
        FORMERR,
        EDNS_SILENT,
        TOO_BIG,
        DEAD,
        SILENT,
        REFUSING,
        NOT_AUTHORITATIVE);
    serve(UDP_ONLY, port, ZoneServerBuilder::udpOnly, NO_TCP, ALL_UDP, ALL_UDP_EU);
    serve(UDP_ONLY_TOO, port, ZoneServerBuilder::udpOnly, ALL_UDP, ALL_UDP_EU);
    serve(UDP_ONLY_PARENT, port, ZoneServerBuilder::udpOnly, PARENT_EU);
    serve(EDNS_FORMERR, port, ZoneServerBuilder::ednsFormerr, FORMERR);
    serve(EDNS_DROPPED, port, ZoneServerBuilder::ednsDropped, EDNS_SILENT);
    serve(OVERSIZE, port, ZoneServerBuilder::oversizeUdp, TOO_BIG);
    serve(PARENT_ONLY, port, b -> b, PARENT);
    // ns2 of silent.it drops every question about it; ns2 of refusing.it does not serve it (it
    // refuses); ns2 of noauth.it only serves the parent zone (it refers).
    good.inject("silent.it", null, Fault.drop());
    ZoneServer resolver =
        serve(
            RESOLVER,
            port,
            b -> b,
            HEALTHY,
            NO_TCP,
            FORMERR,
            EDNS_SILENT,
            TOO_BIG,
            DEAD,
            SILENT,
            REFUSING,
            NOT_AUTHORITATIVE,
            ALL_UDP,
            ALL_UDP_EU,
            PARENT,
            PARENT_EU);
    dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(resolver.socketAddress()))
                .withAuthoritativePort(port)
                .withPrivateAddressesAllowed(true));
    Lookups lookups = new Lookups(dns);
    ZoneFacts zones = new ZoneFacts(lookups);
    NameserverFacts facts = new NameserverFacts(lookups, zones);
    diagnosis =
        new Diagnosis(
            Set.of(
                new LameDelegationCheck(facts),
                new NameserverTransportCheck(facts, zones, lookups)),
            Clock.systemUTC(),
            Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    dns.close();
    servers.forEach(ZoneServer::close);
  }

  private static Report diagnose(String domain) {
    return diagnosis.diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static List<Finding> findings(Report report, FindingCode code) {
    return report.findings().stream().filter(f -> f.code() == code).toList();
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("notcp.it", "UDP only", FindingCode.NS_NO_TCP, UDP_ONLY, "reason.tcp.refused"),
        Arguments.of(
            "formerr.it",
            "FORMERR to EDNS(0)",
            FindingCode.NS_EDNS_BROKEN,
            EDNS_FORMERR,
            "reason.edns.error"),
        Arguments.of(
            "ednssilent.it",
            "silent to EDNS(0)",
            FindingCode.NS_EDNS_BROKEN,
            EDNS_DROPPED,
            "reason.edns.no_response"),
        Arguments.of(
            "toobig.it",
            "oversize UDP answers without TC",
            FindingCode.NS_EDNS_BROKEN,
            OVERSIZE,
            "reason.edns.error"),
        Arguments.of(
            "dead.it", "nothing listening", FindingCode.NS_LAME, NOBODY, "reason.lame.no_response"),
        Arguments.of(
            "silent.it", "drops everything", FindingCode.NS_LAME, GOOD, "reason.lame.no_response"),
        Arguments.of("refusing.it", "refuses", FindingCode.NS_LAME, GOOD, "reason.lame.refused"),
        Arguments.of(
            "noauth.it",
            "refers to the zone instead of answering",
            FindingCode.NS_LAME,
            PARENT_ONLY,
            "reason.lame.not_authoritative"));
  }

  @ParameterizedTest(name = "{0}: ns2 {1} -> {2} ({4})")
  @MethodSource("rows")
  @DisplayName("one finding, naming ns2 and its address, with the reason; no other finding")
  void row(String domain, String what, FindingCode code, String address, String reason) {
    Report report = diagnose(domain);

    List<Finding> found = findings(report, code);
    assertThat(found).as(report.findings().toString()).hasSize(1);
    assertThat(found.get(0).param("nameserver")).isEqualTo("ns2." + domain + " (" + address + ")");
    assertThat(found.get(0).param("reasonKey")).isEqualTo(reason);
    assertThat(codes(report))
        .as("only that finding (and DNS_TIMEOUT for the questions that timed out)")
        .filteredOn(c -> c != FindingCode.DNS_TIMEOUT)
        .containsOnly(code);
  }

  @Test
  @DisplayName(
      "a healthy zone: no finding; each address asked the SOA once over UDP (with EDNS) and once"
          + " over TCP, never again without EDNS")
  void healthy() {
    servers.get(0).resetLog();

    Report report = diagnose("healthy.it");

    assertThat(report.findings()).isEmpty();
    assertThat(report.unchecked()).doesNotContain(Area.NAMESERVERS);
    List<ZoneServer.Query> soa =
        servers.get(0).queries().stream()
            .filter(q -> q.name().equals("healthy.it.") && q.type() == RecordType.SOA)
            .toList();
    // UDP: the usual SOA, which carries EDNS(0); TCP: the TCP probe.
    assertThat(soa)
        .extracting(ZoneServer.Query::transport)
        .containsExactlyInAnyOrder(ZoneServer.Transport.UDP, ZoneServer.Transport.TCP);
  }

  @Test
  @DisplayName(
      "no address of the zone answers over TCP, but the parent's server does: NS_NO_TCP for each")
  void noTcpAnywhereButTheParentAnswers() {
    assertThat(findings(diagnose("alludp.it"), FindingCode.NS_NO_TCP)).hasSize(2);
  }

  @Test
  @DisplayName(
      "no address answers over TCP, the parent's server neither: it may be this network, so TCP"
          + " is 'not checked', never NS_NO_TCP")
  void noTcpAnywhereIsNotChecked() {
    Report report = diagnose("alludp.eu");

    assertThat(codes(report)).doesNotContain(FindingCode.NS_NO_TCP);
    assertThat(report.unchecked()).contains(Area.NAMESERVERS);
  }

  @Test
  @DisplayName("a server that answers neither UDP nor TCP is lame, never NS_NO_TCP")
  void deadIsNotNoTcp() {
    assertThat(codes(diagnose("dead.it"))).doesNotContain(FindingCode.NS_NO_TCP);
    assertThat(codes(diagnose("silent.it"))).doesNotContain(FindingCode.NS_NO_TCP);
  }
}
