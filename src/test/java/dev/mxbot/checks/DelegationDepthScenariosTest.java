package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.ChecksOn;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Delegation and SOA depth (issue 17): stale glue at the registry, nameservers disagreeing on the
 * zone's NS set, an SOA primary outside the NS set, and a resolver still caching the absence of
 * records every nameserver now serves. A registry server ({@code 127.0.0.2}), two hosting
 * nameservers ({@code .3}, {@code .4}) and a "resolver" ({@code .5}) serving what its cache holds,
 * each an in-process zone server on one port, as nameservers are on 53.
 */
@DisplayName("delegation and SOA depth")
class DelegationDepthScenariosTest {

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final List<ZoneServer> servers = new ArrayList<>();
  private static DnsjavaDns dns;
  private static Diagnosis diagnosis;

  private static String zone(String origin, String soa, String... records) {
    return "$ORIGIN " + origin + "\n$TTL 3600\n@ " + soa + "\n" + String.join("\n", records) + "\n";
  }

  /** A zone of hoster.it's nameservers, SOA primary ns1.hoster.it, with {@code records}. */
  private static String hosted(String origin, String... records) {
    List<String> all = new ArrayList<>(List.of("@ NS ns1.hoster.it.", "@ NS ns2.hoster.it."));
    all.addAll(List.of(records));
    return zone(
        origin,
        "SOA ns1.hoster.it. hostmaster.hoster.it. 1 3600 600 86400 300",
        all.toArray(String[]::new));
  }

  private static final String TLD =
      zone(
          "it.",
          "SOA a.dns.it. hostmaster.nic.it. 1 10800 3600 604800 3600",
          "@ NS a.dns.it.",
          "a.dns.it. A 127.0.0.2",
          "hoster NS ns1.hoster.it.",
          "ns1.hoster A 127.0.0.3",
          "ns2.hoster A 127.0.0.4",
          // Stale glue: the zone moved ns1 to 127.0.0.3, the registry still says 127.0.0.9.
          "glue NS ns1.glue.it.",
          "glue NS ns2.glue.it.",
          "ns1.glue A 127.0.0.9",
          "ns2.glue A 127.0.0.4",
          "nsset NS ns1.hoster.it.",
          "nsset NS ns2.hoster.it.",
          "mname NS ns1.hoster.it.",
          "mname NS ns2.hoster.it.",
          "negative NS ns1.hoster.it.",
          "negative NS ns2.hoster.it.",
          "half NS ns1.hoster.it.",
          "half NS ns2.hoster.it.",
          "healthy NS ns1.hoster.it.",
          "healthy NS ns2.hoster.it.");

  private static final String HOSTER =
      zone(
          "hoster.it.",
          "SOA ns1.hoster.it. hostmaster.hoster.it. 1 3600 600 86400 300",
          "@ NS ns1.hoster.it.",
          "ns1 A 127.0.0.3",
          "ns2 A 127.0.0.4",
          "ns3 A 127.0.0.4",
          "mx A 5.196.1.1");

  private static final String MAIL = "@ MX 10 mx.hoster.it.";
  private static final String SPF = "@ TXT \"v=spf1 mx ~all\"";
  private static final String DMARC = "_dmarc TXT \"v=DMARC1; p=none\"";
  private static final String DKIM = "s1._domainkey TXT \"v=DKIM1; k=rsa; p=\"";

  private static final String GLUE =
      zone(
          "glue.it.",
          "SOA ns1.glue.it. hostmaster.glue.it. 1 3600 600 86400 300",
          "@ NS ns1.glue.it.",
          "@ NS ns2.glue.it.",
          "ns1 A 127.0.0.3",
          "ns2 A 127.0.0.4",
          MAIL,
          SPF,
          DMARC);

  private static final String NSSET_1 = hosted("nsset.it.", MAIL, SPF, DMARC);
  private static final String NSSET_2 =
      hosted("nsset.it.", "@ NS ns3.hoster.it.", MAIL, SPF, DMARC);

  private static final String MNAME =
      zone(
          "mname.it.",
          "SOA hidden-master.hoster.it. hostmaster.hoster.it. 1 3600 600 86400 300",
          "@ NS ns1.hoster.it.",
          "@ NS ns2.hoster.it.",
          MAIL,
          SPF,
          DMARC);

  /** What the nameservers serve now: MX, SPF, DMARC and the DKIM key s1, all added lately. */
  private static final String NEGATIVE_NOW = hosted("negative.it.", MAIL, SPF, DMARC, DKIM);

  /**
   * What the resolver cached before they were added: none of them. Its SOA: TTL 900, MINIMUM 600,
   * so the absence is cached for 600 s (RFC 2308).
   */
  private static final String NEGATIVE_CACHED =
      zone(
          "negative.it.",
          "900 SOA ns1.hoster.it. hostmaster.hoster.it. 1 3600 600 86400 600",
          "@ NS ns1.hoster.it.",
          "@ NS ns2.hoster.it.");

  /** ns1 already serves the new _dmarc record, ns2 not yet. */
  private static final String HALF_1 = hosted("half.it.", MAIL, SPF, DMARC);

  private static final String HALF_2 = hosted("half.it.", MAIL, SPF);

  private static final String HEALTHY = hosted("healthy.it.", MAIL, SPF, DMARC);

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
    serve("127.0.0.3", port, HOSTER, GLUE, NSSET_1, MNAME, NEGATIVE_NOW, HALF_1, HEALTHY);
    serve("127.0.0.4", port, HOSTER, GLUE, NSSET_2, MNAME, NEGATIVE_NOW, HALF_2, HEALTHY);
    ZoneServer resolver =
        serve(
            "127.0.0.5",
            port,
            TLD,
            HOSTER,
            GLUE,
            NSSET_1,
            MNAME,
            NEGATIVE_CACHED,
            hosted("half.it.", MAIL, SPF),
            HEALTHY);
    dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(resolver.socketAddress()))
                .withAuthoritativePort(port)
                .withPrivateAddressesAllowed(true));
    diagnosis = ChecksOn.diagnosis(dns, Duration.ofSeconds(3));
  }

  @AfterAll
  static void stop() {
    dns.close();
    servers.forEach(ZoneServer::close);
  }

  private static Report diagnose(String domain, String... selectors) {
    return diagnosis.diagnose(domain, DomainName.of(domain), new CheckOptions(List.of(selectors)));
  }

  private static List<Finding> all(Report report, FindingCode code) {
    return report.findings().stream().filter(f -> f.code() == code).toList();
  }

  private static Finding only(Report report, FindingCode code) {
    List<Finding> found = all(report, code);
    assertThat(found).as("%s in %s", code, report.findings()).hasSize(1);
    return found.get(0);
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @Test
  @DisplayName(
      "the registry's glue says ns1.glue.it is 127.0.0.9, the zone says 127.0.0.3:"
          + " NS_GLUE_MISMATCH names it and both addresses; ns2's matching glue is not reported")
  void staleGlue() {
    Report report = diagnose("glue.it");
    Finding finding = only(report, FindingCode.NS_GLUE_MISMATCH);

    assertThat(finding.params())
        .containsEntry("nameserver", "ns1.glue.it")
        .containsEntry("glue", "127.0.0.9")
        .containsEntry("zone", "127.0.0.3");
    assertThat(codes(report)).doesNotContain(FindingCode.NS_PARENT_CHILD_MISMATCH);
  }

  @Test
  @DisplayName(
      "ns2 adds ns3 to the zone's own NS set, ns1 does not, same serial: NS_SET_MISMATCH says who"
          + " serves which, and it is neither a serial nor a parent/child mismatch")
  void nameserversDisagreeOnTheNsSet() {
    Report report = diagnose("nsset.it");
    Finding finding = only(report, FindingCode.NS_SET_MISMATCH);

    assertThat(finding.param("detail"))
        .contains("ns1.hoster.it (127.0.0.3): ns1.hoster.it, ns2.hoster.it")
        .contains("ns2.hoster.it (127.0.0.4): ns1.hoster.it, ns2.hoster.it, ns3.hoster.it");
    assertThat(codes(report))
        .doesNotContain(FindingCode.NS_SERIAL_MISMATCH, FindingCode.NS_PARENT_CHILD_MISMATCH);
  }

  @Test
  @DisplayName("the SOA names hidden-master.hoster.it, not an NS host: NS_SOA_MNAME (info)")
  void hiddenPrimary() {
    Finding finding = only(diagnose("mname.it"), FindingCode.NS_SOA_MNAME);

    assertThat(finding.params())
        .containsEntry("primary", "hidden-master.hoster.it")
        .containsEntry("nameservers", "ns1.hoster.it, ns2.hoster.it");
  }

  @Test
  @DisplayName(
      "every nameserver serves MX, SPF, _dmarc and the agent's DKIM selector s1, the resolver"
          + " still caches their absence (SOA TTL 900, MINIMUM 600): NEGATIVE_CACHE_PENDING for"
          + " each, 10 min from now, instead of PROPAGATION_PENDING")
  void absenceStillCached() {
    Instant before = Instant.now();
    Report report = diagnose("negative.it", "s1");
    Instant after = Instant.now();
    Duration negativeTtl = Duration.ofSeconds(600);
    List<String> until =
        List.of(UNTIL.format(before.plus(negativeTtl)), UNTIL.format(after.plus(negativeTtl)));
    List<Finding> pending = all(report, FindingCode.NEGATIVE_CACHE_PENDING);

    assertThat(pending)
        .extracting(f -> f.param("record"))
        .containsExactlyInAnyOrder(
            "MX negative.it",
            "TXT negative.it",
            "TXT _dmarc.negative.it",
            "TXT s1._domainkey.negative.it");
    assertThat(pending)
        .allSatisfy(
            f ->
                assertThat(f.params())
                    .containsEntry("remaining", "10 min")
                    .hasEntrySatisfying("until", u -> assertThat(u).isIn(until)));
    assertThat(pending)
        .filteredOn(f -> f.param("record").equals("MX negative.it"))
        .extracting(f -> f.param("served"))
        .containsExactly("10 mx.hoster.it");
    assertThat(pending)
        .filteredOn(f -> f.param("record").equals("TXT negative.it"))
        .extracting(f -> f.param("served"))
        .containsExactly("v=spf1 mx ~all");
    assertThat(codes(report))
        .doesNotContain(FindingCode.PROPAGATION_PENDING, FindingCode.SPF_PROPAGATION_PENDING);
  }

  @Test
  @DisplayName("without the agent's selector, the DKIM key is not looked at")
  void noSelectorNoDkim() {
    assertThat(all(diagnose("negative.it"), FindingCode.NEGATIVE_CACHE_PENDING))
        .extracting(f -> f.param("record"))
        .doesNotContain("TXT s1._domainkey.negative.it")
        .contains("TXT _dmarc.negative.it");
  }

  @Test
  @DisplayName(
      "only ns1 serves the new _dmarc record: not every nameserver has it, so no"
          + " NEGATIVE_CACHE_PENDING")
  void notOnEveryNameserver() {
    assertThat(codes(diagnose("half.it"))).doesNotContain(FindingCode.NEGATIVE_CACHE_PENDING);
  }

  @Test
  @DisplayName("a healthy zone has none of the four findings")
  void healthy() {
    assertThat(codes(diagnose("healthy.it")))
        .doesNotContain(
            FindingCode.NS_GLUE_MISMATCH,
            FindingCode.NS_SET_MISMATCH,
            FindingCode.NS_SOA_MNAME,
            FindingCode.NEGATIVE_CACHE_PENDING);
  }
}
