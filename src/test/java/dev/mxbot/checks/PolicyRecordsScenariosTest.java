package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
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
import dev.mxbot.testing.ChecksOn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mail policy records beside DMARC (issue 18): TLS reporting ({@code _smtp._tls}), BIMI ({@code
 * default._bimi}, against the DMARC policy in force) and the authorisation of external DMARC report
 * destinations (RFC 7489 §7.1). One in-process zone server on loopback plays the resolver and
 * serves every zone; the full diagnosis runs against it.
 */
@DisplayName("mail policy records: TLS-RPT, BIMI, DMARC report authorisation")
class PolicyRecordsScenariosTest {

  private static final String REJECT = "_dmarc TXT \"v=DMARC1; p=reject\"";
  private static ZoneServer server;
  private static DnsjavaDns dns;
  private static Injector injector;

  /** A zone with SPF, an MX host unless {@code records} has its own MX, and {@code records}. */
  private static String zone(String origin, String... records) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "@ SOA ns1." + origin + " hostmaster." + origin + " 1 3600 600 86400 300",
                "@ NS ns1." + origin,
                "ns1 A 127.0.0.1",
                "mx A 5.196.1.1",
                "@ TXT \"v=spf1 mx ~all\""));
    if (List.of(records).stream().noneMatch(r -> r.startsWith("@ MX"))) {
      all.add("@ MX 10 mx." + origin);
    }
    all.addAll(List.of(records));
    return "$ORIGIN " + origin + "\n$TTL 3600\n" + String.join("\n", all) + "\n";
  }

  private static final List<String[]> ZONES =
      List.of(
          new String[] {
            "policy-ok.it.",
            REJECT,
            "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tls@policy-ok.it,https://r.policy-ok.it/tls\"",
            "default._bimi TXT \"v=BIMI1; l=https://policy-ok.it/logo.svg;"
                + " a=https://policy-ok.it/vmc.pem\""
          },
          new String[] {"policy-none.it.", REJECT},
          new String[] {"sts-no-tlsrpt.it.", REJECT, "_mta-sts TXT \"v=STSv1; id=1\""},
          new String[] {"null-mx.it.", REJECT, "@ MX 0 ."},
          new String[] {
            "tlsrpt-two.it.",
            "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:a@tlsrpt-two.it\"",
            "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:b@tlsrpt-two.it\""
          },
          new String[] {
            "tlsrpt-ftp.it.", "_smtp._tls TXT \"v=TLSRPTv1; rua=ftp://tlsrpt-ftp.it/\""
          },
          new String[] {"tlsrpt-norua.it.", "_smtp._tls TXT \"v=TLSRPTv1; ruf=mailto:a@b.it\""},
          new String[] {
            "tlsrpt-version.it.", "_smtp._tls TXT \"rua=mailto:a@tlsrpt-version.it; v=TLSRPTv1\""
          },
          new String[] {
            "bimi-http.it.", REJECT, "default._bimi TXT \"v=BIMI1; l=http://bimi-http.it/logo.svg\""
          },
          new String[] {
            "bimi-two.it.",
            REJECT,
            "default._bimi TXT \"v=BIMI1; l=https://bimi-two.it/a.svg\"",
            "default._bimi TXT \"v=BIMI1; l=https://bimi-two.it/b.svg\""
          },
          new String[] {"bimi-nol.it.", REJECT, "default._bimi TXT \"v=BIMI1; a=\""},
          new String[] {"bimi-declined.it.", "default._bimi TXT \"v=BIMI1; l=;\""},
          new String[] {
            "bimi-none-policy.it.",
            "_dmarc TXT \"v=DMARC1; p=none\"",
            "default._bimi TXT \"v=BIMI1; l=https://bimi-none-policy.it/logo.svg\""
          },
          new String[] {
            "bimi-pct.it.",
            "_dmarc TXT \"v=DMARC1; p=quarantine; pct=50\"",
            "default._bimi TXT \"v=BIMI1; l=https://bimi-pct.it/logo.svg\""
          },
          new String[] {
            "bimi-no-dmarc.it.", "default._bimi TXT \"v=BIMI1; l=https://bimi-no-dmarc.it/l.svg\""
          },
          new String[] {
            "bimi-dmarc-failed.it.",
            REJECT,
            "default._bimi TXT \"v=BIMI1; l=https://bimi-dmarc-failed.it/l.svg\""
          },
          new String[] {
            "reports-ok.it.",
            "_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:d@reports.example-dmarc.it;"
                + " ruf=mailto:f@sub.reports-ok.it\""
          },
          new String[] {
            "reports-missing.it.",
            "_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:d@example-dmarc.it!10m,"
                + "mailto:e@nodata.example-dmarc.it\""
          },
          new String[] {
            "reports-failed.it.", "_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:d@broken-dmarc.it\""
          },
          new String[] {
            "example-dmarc.it.",
            "reports-ok.it._report._dmarc.reports TXT \"v=DMARC1\"",
            "reports-missing.it._report._dmarc.nodata TXT \"not a dmarc record\""
          },
          new String[] {"broken-dmarc.it."});

  @BeforeAll
  static void start() throws Exception {
    var builder = ZoneServer.builder().address("127.0.0.1").port(0);
    for (String[] zone : ZONES) {
      builder.zone(zone[0], zone(zone[0], java.util.Arrays.copyOfRange(zone, 1, zone.length)));
    }
    server = builder.start();
    server.inject(
        "reports-failed.it._report._dmarc.broken-dmarc.it.", RecordType.TXT, Fault.servfail());
    server.inject("_dmarc.bimi-dmarc-failed.it.", RecordType.TXT, Fault.servfail());
    dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(server.socketAddress())).withPrivateAddressesAllowed(true));
    injector = ChecksOn.injector(dns, Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    dns.close();
    server.close();
  }

  private static Report diagnose(String domain) {
    return injector
        .getInstance(Diagnosis.class)
        .diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static List<Finding> all(Report report, FindingCode code) {
    return report.findings().stream().filter(f -> f.code() == code).toList();
  }

  private static Finding only(Report report, FindingCode code) {
    List<Finding> found = all(report, code);
    assertThat(found).as("%s in %s", code, report.findings()).hasSize(1);
    return found.get(0);
  }

  private static List<Finding> inArea(Report report, Area area) {
    return report.findings().stream().filter(f -> f.area() == area).toList();
  }

  /** The questions the server received for names starting with {@code prefix}. */
  private static List<String> asked(String prefix) {
    return server.queries().stream()
        .map(q -> q.type() + " " + q.name().toLowerCase(Locale.ROOT))
        .filter(q -> q.substring(q.indexOf(' ') + 1).startsWith(prefix))
        .toList();
  }

  @Test
  @DisplayName(
      "one TLS-RPT record with a mailto: and an https: destination: TLSRPT_VALID; a BIMI record"
          + " with l= and a= under p=reject: BIMI_VALID, saying providers want a certificate")
  void valid() {
    Report report = diagnose("policy-ok.it");

    assertThat(only(report, FindingCode.TLSRPT_VALID).param("record"))
        .isEqualTo("v=TLSRPTv1; rua=mailto:tls@policy-ok.it,https://r.policy-ok.it/tls");
    assertThat(only(report, FindingCode.BIMI_VALID).param("meaningKey"))
        .isEqualTo("bimi.meaning.logo");
    assertThat(inArea(report, Area.TLS_RPT)).hasSize(1);
    assertThat(inArea(report, Area.BIMI)).hasSize(1);
    assertThat(report.unchecked()).doesNotContain(Area.TLS_RPT, Area.BIMI, Area.DMARC);
  }

  @Test
  @DisplayName(
      "no _smtp._tls, no MTA-STS, no default._bimi: nothing said about TLS reporting or BIMI (no"
          + " noise on ordinary reports)")
  void none() {
    Report report = diagnose("policy-none.it");

    assertThat(inArea(report, Area.TLS_RPT)).isEmpty();
    assertThat(inArea(report, Area.BIMI)).isEmpty();
    assertThat(report.unchecked()).doesNotContain(Area.TLS_RPT, Area.BIMI);
  }

  @Test
  @DisplayName("MTA-STS published but no _smtp._tls: TLSRPT_NONE (info), TLS reports advised")
  void mtaStsWithoutReports() {
    Report report = diagnose("sts-no-tlsrpt.it");

    assertThat(only(report, FindingCode.TLSRPT_NONE).severity().id()).isEqualTo("info");
    assertThat(report.unchecked()).doesNotContain(Area.TLS_RPT);
  }

  @Test
  @DisplayName("a null MX (no mail received): no TLS-RPT advice, and no finding in tlsRpt")
  void nullMx() {
    Report report = diagnose("null-mx.it");

    assertThat(inArea(report, Area.TLS_RPT)).isEmpty();
    assertThat(report.unchecked()).doesNotContain(Area.TLS_RPT);
  }

  @ParameterizedTest(name = "{0}: TLSRPT_INVALID because {1}")
  @CsvSource({
    "tlsrpt-two.it,     reason.tlsrpt.several",
    "tlsrpt-ftp.it,     reason.tlsrpt.bad_uri",
    "tlsrpt-norua.it,   reason.tlsrpt.no_rua",
    "tlsrpt-version.it, reason.tlsrpt.version",
  })
  void tlsRptInvalid(String domain, String reason) {
    Report report = diagnose(domain);

    assertThat(only(report, FindingCode.TLSRPT_INVALID).param("reasonKey")).isEqualTo(reason);
    assertThat(inArea(report, Area.TLS_RPT)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}: BIMI_INVALID because {1}")
  @CsvSource({
    "bimi-http.it, reason.bimi.location, http://bimi-http.it/logo.svg",
    "bimi-two.it,  reason.bimi.several,  2",
    "bimi-nol.it,  reason.bimi.no_location, ''",
  })
  void bimiInvalid(String domain, String reason, String detail) {
    Finding invalid = only(diagnose(domain), FindingCode.BIMI_INVALID);

    assertThat(invalid.params()).containsEntry("reasonKey", reason).containsEntry("detail", detail);
  }

  @Test
  @DisplayName("an empty l= declines BIMI: BIMI_VALID (declined), whatever the DMARC policy")
  void declined() {
    Report report = diagnose("bimi-declined.it");

    assertThat(only(report, FindingCode.BIMI_VALID).param("meaningKey"))
        .isEqualTo("bimi.meaning.declined");
    assertThat(all(report, FindingCode.BIMI_POLICY_TOO_WEAK)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: BIMI_POLICY_TOO_WEAK ({1})")
  @CsvSource({
    "bimi-none-policy.it, reason.bimi.weak_policy, none,       100",
    "bimi-pct.it,         reason.bimi.weak_policy, quarantine, 50",
    "bimi-no-dmarc.it,    reason.bimi.no_dmarc,    ,",
  })
  void policyTooWeak(String domain, String reason, String policy, String pct) {
    Report report = diagnose(domain);
    Finding weak = only(report, FindingCode.BIMI_POLICY_TOO_WEAK);

    assertThat(weak.param("reasonKey")).isEqualTo(reason);
    assertThat(weak.param("policy")).isEqualTo(policy);
    assertThat(weak.param("pct")).isEqualTo(pct);
    assertThat(all(report, FindingCode.BIMI_VALID)).isEmpty();
  }

  @Test
  @DisplayName("the DMARC lookup fails: no BIMI verdict, and BIMI is 'not checked'")
  void bimiWithoutDmarcAnswer() {
    Report report = diagnose("bimi-dmarc-failed.it");

    assertThat(inArea(report, Area.BIMI)).isEmpty();
    assertThat(report.unchecked()).contains(Area.BIMI);
  }

  @Test
  @DisplayName(
      "rua at reports.example-dmarc.it, which publishes reports-ok.it._report._dmarc: authorised;"
          + " ruf in the domain's own organisation: not asked about")
  void reportsAuthorised() {
    server.resetLog();
    Report report = diagnose("reports-ok.it");

    assertThat(all(report, FindingCode.DMARC_REPORT_NOT_AUTHORIZED)).isEmpty();
    assertThat(asked("reports-ok.it._report._dmarc."))
        .containsExactly("TXT reports-ok.it._report._dmarc.reports.example-dmarc.it.");
    assertThat(report.unchecked()).doesNotContain(Area.DMARC);
  }

  @Test
  @DisplayName(
      "rua at example-dmarc.it (NXDOMAIN) and nodata.example-dmarc.it (a TXT that is not"
          + " v=DMARC1): DMARC_REPORT_NOT_AUTHORIZED for each, naming the record to publish")
  void reportsNotAuthorised() {
    server.resetLog();
    Report report = diagnose("reports-missing.it");
    List<Finding> missing = all(report, FindingCode.DMARC_REPORT_NOT_AUTHORIZED);

    assertThat(missing)
        .extracting(f -> f.param("destination"))
        .containsExactlyInAnyOrder("example-dmarc.it", "nodata.example-dmarc.it");
    assertThat(missing)
        .extracting(f -> f.param("name"))
        .contains("reports-missing.it._report._dmarc.example-dmarc.it");
    assertThat(missing).allSatisfy(f -> assertThat(f.severity().id()).isEqualTo("warning"));
    assertThat(asked("reports-missing.it._report._dmarc.")).hasSize(2);
  }

  @Test
  @DisplayName("the authorisation lookup fails (SERVFAIL): no finding, DMARC is 'not checked'")
  void reportsLookupFailed() {
    Report report = diagnose("reports-failed.it");

    assertThat(all(report, FindingCode.DMARC_REPORT_NOT_AUTHORIZED)).isEmpty();
    assertThat(report.unchecked()).contains(Area.DMARC);
    assertThat(all(report, FindingCode.DMARC_VALID)).hasSize(1);
  }
}
