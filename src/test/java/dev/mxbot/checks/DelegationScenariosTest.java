package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.DemoWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Delegation trouble that needs several servers: a registry (parent) server, two hosting
 * nameservers that disagree, and a "resolver" serving what a cache would hold. Every server is an
 * in-process zone server on its own loopback address, all on one port, as nameservers are on 53.
 */
@DisplayName("/mx when the nameservers disagree")
class DelegationScenariosTest {

  private static final List<ZoneServer> servers = new ArrayList<>();
  private static ZoneServer ns1;
  private static Bootstrap app;

  private static String zone(String origin, long serial, String... records) {
    return "$ORIGIN "
        + origin
        + "\n$TTL 3600\n@ SOA ns1.hoster.it. hostmaster.hoster.it. "
        + serial
        + " 3600 600 86400 300\n"
        + String.join("\n", records)
        + "\n";
  }

  private static String customer(String origin, long serial, String ns, String mx) {
    return zone(
        origin,
        serial,
        ns,
        "@ MX " + mx,
        "@ TXT \"v=spf1 mx ~all\"",
        "_dmarc TXT \"v=DMARC1; p=none\"");
  }

  private static final String TLD =
      zone(
          "it.",
          1,
          "@ NS a.dns.it.",
          "a.dns.it. A 127.0.0.2",
          "moved NS ns1.hoster.it.",
          "moved NS ns2.hoster.it.",
          "split NS ns1.hoster.it.",
          "split NS ns2.hoster.it.",
          "changed NS ns1.hoster.it.",
          "changed NS ns2.hoster.it.",
          "spf-changed NS ns1.hoster.it.",
          "spf-changed NS ns2.hoster.it.",
          "lame NS ns1.hoster.it.",
          "lame NS ns2.hoster.it.",
          "half-seen NS ns1.hoster.it.",
          "half-seen NS ns2.hoster.it.",
          "hoster NS ns1.hoster.it.",
          "ns1.hoster A 127.0.0.3",
          "ns2.hoster A 127.0.0.4");

  private static final String HOSTER =
      zone(
          "hoster.it.",
          1,
          "@ NS ns1.hoster.it.",
          "ns1 A 127.0.0.3",
          "ns2 A 127.0.0.4",
          "ns3 A 127.0.0.3",
          "mx A 5.196.1.1",
          "mx-old A 5.196.1.2");

  private static final String BOTH = "@ NS ns1.hoster.it.\n@ NS ns2.hoster.it.";
  private static final String MOVED =
      customer("moved.it.", 1, "@ NS ns1.hoster.it.\n@ NS ns3.hoster.it.", "10 mx.hoster.it.");
  private static final String SPLIT_A =
      customer("split.it.", 2026112601, BOTH, "10 mx-old.hoster.it.");
  private static final String SPLIT_B = customer("split.it.", 2026112602, BOTH, "10 mx.hoster.it.");
  private static final String CHANGED_NEW = customer("changed.it.", 2, BOTH, "10 mx.hoster.it.");
  private static final String CHANGED_CACHED =
      customer("changed.it.", 1, BOTH, "10 mx-old.hoster.it.").replace("@ MX", "@ 3000 MX");
  private static final String SPF_CHANGED_NEW =
      customer("spf-changed.it.", 2, BOTH, "10 mx.hoster.it.")
          .replace("v=spf1 mx ~all", "v=spf1 mx a ~all");
  private static final String SPF_CHANGED_CACHED =
      customer("spf-changed.it.", 1, BOTH, "10 mx.hoster.it.").replace("@ TXT", "@ 1800 TXT");
  private static final String LAME = customer("lame.it.", 1, BOTH, "10 mx.hoster.it.");
  private static final String HALF_SEEN_OLD =
      customer("half-seen.it.", 1, BOTH, "10 mx-old.hoster.it.");
  private static final String HALF_SEEN_NEW =
      customer("half-seen.it.", 2, BOTH, "10 mx.hoster.it.");

  private static ZoneServer serve(String address, int port, String... zones) throws Exception {
    var builder = ZoneServer.builder().address(address).port(port);
    for (String zone : zones) {
      builder.zone(zone.substring(8, zone.indexOf('\n')), zone);
    }
    ZoneServer server = builder.start();
    servers.add(server);
    return server;
  }

  @BeforeAll
  static void start() throws Exception {
    int port = serve("127.0.0.2", 0, TLD).port();
    ns1 =
        serve(
            "127.0.0.3",
            port,
            HOSTER,
            MOVED,
            SPLIT_A,
            CHANGED_NEW,
            SPF_CHANGED_NEW,
            LAME,
            HALF_SEEN_OLD);
    serve("127.0.0.4", port, HOSTER, MOVED, SPLIT_B, CHANGED_NEW, SPF_CHANGED_NEW, HALF_SEEN_NEW);
    ZoneServer resolver =
        serve(
            "127.0.0.5",
            port,
            TLD,
            HOSTER,
            MOVED,
            SPLIT_A,
            CHANGED_CACHED,
            SPF_CHANGED_CACHED,
            LAME,
            HALF_SEEN_OLD);
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(resolver.socketAddress()))
                    .withAuthoritativePort(port)
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(3)));
  }

  @AfterAll
  static void stop() {
    app.close();
    servers.forEach(ZoneServer::close);
  }

  private static Finding finding(String domain, FindingCode code) {
    return only(diagnose(domain), code);
  }

  private static Report diagnose(String domain) {
    return app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static Finding only(Report report, FindingCode code) {
    return report.findings().stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + report.findings()));
  }

  @Test
  @DisplayName(
      "the registry delegates to ns1+ns2 but the zone lists ns1+ns3: NS_PARENT_CHILD_MISMATCH")
  void parentChildMismatch() {
    Finding finding = finding("moved.it", FindingCode.NS_PARENT_CHILD_MISMATCH);

    assertThat(finding.param("parent")).isEqualTo("ns1.hoster.it, ns2.hoster.it");
    assertThat(finding.param("child")).isEqualTo("ns1.hoster.it, ns3.hoster.it");
  }

  @Test
  @DisplayName(
      "two nameservers serve different serials and MX: NS_SERIAL_MISMATCH says who holds what")
  void serialMismatch() {
    Finding finding = finding("split.it", FindingCode.NS_SERIAL_MISMATCH);

    assertThat(finding.param("detail"))
        .contains("ns1.hoster.it (127.0.0.3): SOA 2026112601, MX 10 mx-old.hoster.it")
        .contains("ns2.hoster.it (127.0.0.4): SOA 2026112602, MX 10 mx.hoster.it");
  }

  @Test
  @DisplayName(
      "the nameservers have the new MX, the resolver still the old one: PROPAGATION_PENDING for 50 min")
  void propagation() {
    Finding finding = finding("changed.it", FindingCode.PROPAGATION_PENDING);

    assertThat(finding.param("authoritative")).isEqualTo("10 mx.hoster.it");
    assertThat(finding.param("cached")).isEqualTo("10 mx-old.hoster.it");
    assertThat(finding.param("remaining")).isEqualTo("50 min");
  }

  @Test
  @DisplayName(
      "ns2 has a new MX, ns1's MX answer is lost and it still has the old one, as the resolver:"
          + " no PROPAGATION_PENDING from ns2 alone, ns1's MX not checked")
  void oneServerUnseen() {
    ns1.inject("half-seen.it", RecordType.MX, Fault.drop());
    try {
      Report report = diagnose("half-seen.it");

      assertThat(report.findings())
          .extracting(Finding::code)
          .doesNotContain(FindingCode.PROPAGATION_PENDING);
      assertThat(only(report, FindingCode.DNS_TIMEOUT).param("unanswered"))
          .contains("MX half-seen.it @127.0.0.3");
    } finally {
      ns1.clearFaults();
    }
  }

  @Test
  @DisplayName(
      "the nameservers have the new SPF, the resolver still the old one: SPF_PROPAGATION_PENDING"
          + " for 30 min, and no MX propagation")
  void spfPropagation() {
    Report report = diagnose("spf-changed.it");
    Finding finding = only(report, FindingCode.SPF_PROPAGATION_PENDING);

    assertThat(finding.param("authoritative")).isEqualTo("v=spf1 mx a ~all");
    assertThat(finding.param("cached")).isEqualTo("v=spf1 mx ~all");
    assertThat(finding.param("remaining")).isEqualTo("30 min");
    assertThat(report.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.PROPAGATION_PENDING);
  }

  @Test
  @DisplayName("an MX change alone says nothing about SPF propagation")
  void mxChangeOnly() {
    assertThat(diagnose("changed.it").findings())
        .extracting(Finding::code)
        .contains(FindingCode.PROPAGATION_PENDING)
        .doesNotContain(FindingCode.SPF_PROPAGATION_PENDING);
  }

  @Test
  @DisplayName("a delegated nameserver that refuses the zone: NS_LAME naming it and why")
  void lame() {
    Finding finding = finding("lame.it", FindingCode.NS_LAME);

    assertThat(finding.param("nameserver")).isEqualTo("ns2.hoster.it (127.0.0.4)");
    assertThat(finding.param("reasonKey")).isEqualTo("reason.lame.refused");
  }
}
