package dev.mxbot.interop;

import static dev.mxbot.core.FindingCode.AUTOCONFIG_OK;
import static dev.mxbot.core.FindingCode.DMARC_VALID;
import static dev.mxbot.core.FindingCode.DNSSEC_ALGORITHM_DEPRECATED;
import static dev.mxbot.core.FindingCode.DNSSEC_BOGUS;
import static dev.mxbot.core.FindingCode.DNSSEC_SIGNATURES_EXPIRING;
import static dev.mxbot.core.FindingCode.DNSSEC_UNSIGNED;
import static dev.mxbot.core.FindingCode.DNSSEC_VALID;
import static dev.mxbot.core.FindingCode.DNS_TIMEOUT;
import static dev.mxbot.core.FindingCode.MX_HOME_CURRENT;
import static dev.mxbot.core.FindingCode.NS_GLUE_MISMATCH;
import static dev.mxbot.core.FindingCode.NS_LAME;
import static dev.mxbot.core.FindingCode.NS_PAIR_MISMATCH;
import static dev.mxbot.core.FindingCode.NS_PARENT_CHILD_MISMATCH;
import static dev.mxbot.core.FindingCode.NS_SERIAL_MISMATCH;
import static dev.mxbot.core.FindingCode.NS_SET_MISMATCH;
import static dev.mxbot.core.FindingCode.PROPAGATION_PENDING;
import static dev.mxbot.core.FindingCode.SPF_TOO_MANY_LOOKUPS;
import static dev.mxbot.core.FindingCode.SPF_VALID;
import static dev.mxbot.core.FindingCode.ZONE_AT_HOME_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.core.Area;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.core.Severity;
import dev.mxbot.testing.PolicyServer;
import dev.mxbot.testing.TestCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Support conversations against real DNS software: mxbot, wired as {@code main} wires it, asks
 * Unbound (validating) and the Knot nameservers of the {@link MiniInternet}, on loopback.
 */
@Tag("interop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("/mx against Knot DNS and a validating Unbound")
class InteropTest {

  private MiniInternet internet;
  private Bootstrap app;
  private PolicyServer policies;

  @BeforeAll
  void start(@TempDir Path certificates) {
    Optional<String> unavailable = MiniInternet.unavailableReason();
    assumeTrue(unavailable.isEmpty(), unavailable::get);
    internet = MiniInternet.start();
    TestCertificates made = TestCertificates.in(certificates);
    Path authority = made.authority("test-ca");
    String enforce = "mta-sts." + Domains.MTA_STS_ENFORCE;
    String mismatch = "mta-sts." + Domains.MTA_STS_MISMATCH;
    policies =
        PolicyServer.start(
            made.server("policy", "test-ca", List.of(enforce, mismatch)),
            Loopback.POLICY,
            Map.of(
                enforce,
                "version: STSv1\r\nmode: enforce\r\nmx: *.mail.ovh.net\r\nmax_age: 86400\r\n",
                mismatch,
                "version: STSv1\r\nmode: enforce\r\nmx: *.ovh.net\r\nmax_age: 86400\r\n"));
    CommonOptions options = new CommonOptions();
    options.config = Path.of("bot-config");
    app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(internet.resolver()))
                    .withAuthoritativePort(internet.authoritativePort())
                    .withAllowPrivateAddresses(true)
                    .withMtaStsHttpsPort(policies.port())
                    .withExtraCertificates(Optional.of(authority))
                    .withDeadline(Duration.ofSeconds(6)));
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
    if (internet != null) {
      internet.close();
    }
    if (policies != null) {
      policies.close();
    }
  }

  private Report diagnose(String domain) {
    return app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static Set<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).collect(Collectors.toSet());
  }

  /** Codes that must be reported. */
  private static void assertReports(Report report, FindingCode... expected) {
    for (FindingCode code : expected) {
      assertThat(codes(report))
          .as("/mx %s, findings: %s", report.domain(), report.findings())
          .contains(code);
    }
  }

  /** The finding with {@code code}, which must be reported. */
  private static Finding finding(Report report, FindingCode code) {
    Optional<Finding> finding =
        report.findings().stream().filter(f -> f.code() == code).findFirst();
    assertThat(finding).as("/mx %s, findings: %s", report.domain(), report.findings()).isPresent();
    return finding.get();
  }

  private static void assertAnswered(Report report) {
    assertThat(codes(report))
        .as("/mx %s got no timeout, findings: %s", report.domain(), report.findings())
        .doesNotContain(DNS_TIMEOUT);
  }

  @Test
  @DisplayName("/mx on a healthy, signed OVHcloud customer zone finds nothing to fix")
  void healthyZone() {
    Report report = diagnose(Domains.HEALTHY);

    assertAnswered(report);
    assertReports(report, ZONE_AT_HOME_PROVIDER, MX_HOME_CURRENT, SPF_VALID, DMARC_VALID);
    assertReports(report, AUTOCONFIG_OK);
    assertThat(report.findings())
        .as("findings: %s", report.findings())
        .extracting(Finding::severity)
        .allMatch(s -> s == Severity.OK || s == Severity.INFO);
  }

  @Test
  @DisplayName("/mx on a healthy zone whose DS matches its key reports DNSSEC_VALID")
  void healthyZoneValidates() {
    Report report = diagnose(Domains.HEALTHY);

    assertAnswered(report);
    finding(report, DNSSEC_VALID);
  }

  @Test
  @DisplayName(
      "/mx on a zone whose DS does not match its key reports DNSSEC_DS_MISMATCH (mxbot's own"
          + " reading of Knot's keys), not a broken domain nor a timeout, and names the areas"
          + " DNSSEC kept from being checked")
  void bogusZone() {
    Report report = diagnose(Domains.BOGUS);

    Finding mismatch = finding(report, FindingCode.DNSSEC_DS_MISMATCH);
    assertThat(mismatch.param("ds")).startsWith(Domains.BOGUS + ". IN DS ");
    assertThat(codes(report)).doesNotContain(DNSSEC_BOGUS);
    assertThat(codes(report))
        .as("no 'run again' beside the reason")
        .doesNotContain(FindingCode.DOMAIN_LOOKUP_FAILED, FindingCode.DNS_TIMEOUT);
    assertThat(report.complete()).isFalse();
    assertThat(report.unchecked()).contains(Area.MX, Area.SPF, Area.DMARC);
  }

  @Test
  @DisplayName("/mx on a zone that is not signed reports DNSSEC_UNSIGNED")
  void unsignedZone() {
    Report report = diagnose(Domains.UNSIGNED);

    assertAnswered(report);
    assertReports(report, ZONE_AT_HOME_PROVIDER, MX_HOME_CURRENT);
    finding(report, DNSSEC_UNSIGNED);
  }

  @Test
  @DisplayName("/mx on a zone that ns109 refuses to serve reports NS_LAME")
  void lameNameserver() {
    Report report = diagnose(Domains.LAME);

    assertAnswered(report);
    assertReports(report, ZONE_AT_HOME_PROVIDER, MX_HOME_CURRENT);
    finding(report, NS_LAME);
  }

  @Test
  @DisplayName(
      "/mx on a zone whose two nameservers serve different serials reports NS_SERIAL_MISMATCH")
  void serialMismatch() {
    Report report = diagnose(Domains.SERIAL_MISMATCH);

    assertAnswered(report);
    assertReports(report, ZONE_AT_HOME_PROVIDER);
    finding(report, NS_SERIAL_MISMATCH);
  }

  @Test
  @DisplayName(
      "/mx on a zone whose NS set differs from the registry's delegation reports"
          + " NS_PARENT_CHILD_MISMATCH")
  void parentChildMismatch() {
    Report report = diagnose(Domains.NS_MISMATCH);

    assertAnswered(report);
    assertReports(report, MX_HOME_CURRENT);
    finding(report, NS_PARENT_CHILD_MISMATCH);
  }

  @Test
  @DisplayName("/mx on a zone on ns109 and dns15 reports NS_PAIR_MISMATCH")
  void pairMismatch() {
    Report report = diagnose(Domains.PAIR_MISMATCH);

    assertAnswered(report);
    assertReports(report, ZONE_AT_HOME_PROVIDER, MX_HOME_CURRENT);
    finding(report, NS_PAIR_MISMATCH);
  }

  @Test
  @DisplayName("/mx on a zone whose SPF needs 11 DNS lookups reports SPF_TOO_MANY_LOOKUPS")
  void spfTooManyLookups() {
    Report report = diagnose(Domains.SPF_LOOKUPS);

    assertAnswered(report);
    assertReports(report, MX_HOME_CURRENT);
    finding(report, SPF_TOO_MANY_LOOKUPS);
  }

  @Test
  @DisplayName("/mx on a zone with 5 KB of TXT records still finds its SPF record, over TCP")
  void bigTxtSet() {
    Report report = diagnose(Domains.BIG_TXT);

    assertAnswered(report);
    assertReports(report, SPF_VALID, MX_HOME_CURRENT);
    assertThat(report.records().spf()).containsExactly("v=spf1 include:mx.ovh.com ~all");
  }

  @Test
  @DisplayName(
      "/mx right after an MX change reports PROPAGATION_PENDING with the time the cache still holds")
  void propagationPending() {
    Report before = diagnose(Domains.PROPAGATION);
    assertReports(before, MX_HOME_CURRENT);

    internet.changeMx(Domains.PROPAGATION, MiniInternet.OVH_2016_MX);
    Report after = diagnose(Domains.PROPAGATION);

    assertAnswered(after);
    Finding pending = finding(after, PROPAGATION_PENDING);
    assertThat(secondsIn(pending))
        .as("remaining TTL in %s", pending.params())
        .isNotEmpty()
        .anyMatch(seconds -> seconds > 0 && seconds <= 3600);
  }

  @Test
  @DisplayName(
      "/mx on the healthy signed zone reports none of the DNS-depth warnings Knot can produce in"
          + " the other zones of this world")
  void healthyZoneHasNoDepthWarnings() {
    Report report = diagnose(Domains.HEALTHY);

    assertAnswered(report);
    assertThat(codes(report))
        .as("findings: %s", report.findings())
        .doesNotContain(
            DNSSEC_ALGORITHM_DEPRECATED,
            DNSSEC_SIGNATURES_EXPIRING,
            NS_GLUE_MISMATCH,
            NS_SET_MISMATCH);
  }

  @Test
  @DisplayName("/mx on a zone Knot signs with RSA/SHA-1 reports DNSSEC_ALGORITHM_DEPRECATED")
  void rsaSha1Zone() {
    Report report = diagnose(Domains.RSASHA1);

    assertAnswered(report);
    Finding deprecated = finding(report, DNSSEC_ALGORITHM_DEPRECATED);
    assertThat(deprecated.param("algorithms")).contains("(5)");
    assertThat(codes(report)).doesNotContain(DNSSEC_BOGUS, FindingCode.DNSSEC_DS_MISMATCH);
  }

  @Test
  @DisplayName(
      "/mx on a zone Knot signs with 6-hour signatures reports DNSSEC_SIGNATURES_EXPIRING (warning"
          + " at 12 h)")
  void shortSignatures() {
    Report report = diagnose(Domains.SHORT_SIGNATURES);

    assertAnswered(report);
    Finding expiring = finding(report, DNSSEC_SIGNATURES_EXPIRING);
    assertThat(expiring.param("remaining")).matches("[1-6] h|\\d+ min");
    assertThat(codes(report)).doesNotContain(DNSSEC_BOGUS, DNSSEC_ALGORITHM_DEPRECATED);
  }

  @Test
  @DisplayName(
      "/mx on a zone whose registry glue for ns2 is the old address reports NS_GLUE_MISMATCH with"
          + " both addresses")
  void glueMismatch() {
    Report report = diagnose(Domains.GLUE_MISMATCH);

    assertAnswered(report);
    List<Finding> mismatches =
        report.findings().stream().filter(f -> f.code() == NS_GLUE_MISMATCH).toList();
    assertThat(mismatches).as("findings: %s", report.findings()).hasSize(1);
    assertThat(mismatches.get(0).params())
        .containsEntry("glue", Loopback.NS109)
        .containsEntry("zone", Loopback.SDNS2);
    assertThat(mismatches.get(0).param("nameserver")).startsWith("ns2.glue-mismatch.it");
  }

  @Test
  @DisplayName(
      "/mx on a zone whose two nameservers serve different NS sets (same serial) reports"
          + " NS_SET_MISMATCH")
  void nsSetMismatch() {
    Report report = diagnose(Domains.NS_SET_MISMATCH);

    assertAnswered(report);
    Finding mismatch = finding(report, NS_SET_MISMATCH);
    assertThat(mismatch.param("detail")).contains("sdns2");
    assertThat(codes(report)).doesNotContain(NS_SERIAL_MISMATCH);
  }

  private static List<Long> secondsIn(Finding finding) {
    Matcher numbers = Pattern.compile("\\d+").matcher(String.join(" ", finding.params().values()));
    return numbers.results().map(m -> Long.parseLong(m.group())).toList();
  }

  @Test
  @DisplayName(
      "/mx with an MTA-STS policy in enforce mode, mx: *.mail.ovh.net, fetched over HTTPS:"
          + " MTA_STS_VALID")
  void mtaStsEnforce() {
    Report report = diagnose(Domains.MTA_STS_ENFORCE);

    assertAnswered(report);
    Finding valid = finding(report, FindingCode.MTA_STS_VALID);
    assertThat(valid.params())
        .containsEntry("mode", "enforce")
        .containsEntry("patterns", "*.mail.ovh.net");
    assertThat(report.unchecked()).doesNotContain(Area.MTA_STS);
  }

  @Test
  @DisplayName(
      "/mx with mx: *.ovh.net in enforce mode: mx0.mail.ovh.net is two labels below, so"
          + " MTA_STS_MX_MISMATCH names every MX host")
  void mtaStsMismatch() {
    Report report = diagnose(Domains.MTA_STS_MISMATCH);

    assertAnswered(report);
    Finding mismatch = finding(report, FindingCode.MTA_STS_MX_MISMATCH);
    assertThat(mismatch.param("hosts")).contains("mx0.mail.ovh.net", "mx1.mail.ovh.net");
    assertThat(mismatch.param("patterns")).isEqualTo("*.ovh.net");
  }
}
