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
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.testing.ChecksOn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DANE from DNS (issue 19): the TLSA records at {@code _25._tcp.<mx host>}, judged secure only when
 * the MX and TLSA answers carry the validating resolver's AD flag (RFC 7672 §2.2). One in-process
 * zone server plays the resolver; zones marked {@code authenticatedData} are answered with AD, as a
 * validating resolver answers for a DNSSEC-secure zone.
 */
@DisplayName("DANE: TLSA records of the MX hosts, in secure and insecure zones")
class DaneScenariosTest {

  private static final String HASH = "0123456789ABCDEF".repeat(4);
  private static final String TLSA_311 = "_25._tcp.mx TLSA 3 1 1 " + HASH;
  private static ZoneServer server;
  private static DnsjavaDns dns;
  private static Injector injector;

  /** A zone with an MX host {@code mx.<origin>} unless {@code records} has its own MX. */
  private static String zone(String origin, String... records) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "@ SOA ns1." + origin + " hostmaster." + origin + " 1 3600 600 86400 300",
                "@ NS ns1." + origin,
                "ns1 A 127.0.0.1",
                "mx A 5.196.1.1",
                "@ TXT \"v=spf1 mx ~all\""));
    if (Arrays.stream(records).noneMatch(r -> r.startsWith("@ MX"))) {
      all.add("@ MX 10 mx." + origin);
    }
    all.addAll(List.of(records));
    return "$ORIGIN " + origin + "\n$TTL 3600\n" + String.join("\n", all) + "\n";
  }

  /** Signed zones: answered with AD. */
  private static final List<String[]> SECURE =
      List.of(
          new String[] {"dane-ok.it.", TLSA_311, "_25._tcp.mx TLSA 1 1 1 " + HASH},
          new String[] {"dane-none.it."},
          new String[] {"dane-failed.it.", TLSA_311},
          new String[] {"dane-pkix.it.", "_25._tcp.mx TLSA 1 1 1 " + HASH},
          new String[] {"dane-split.it.", "@ MX 10 mx.insecure-host.it."},
          new String[] {"dane-null.it.", "@ MX 0 ."},
          new String[] {
            "dane-many.it.",
            "@ MX 10 a.dane-many.it.",
            "@ MX 20 b.dane-many.it.",
            "@ MX 30 c.dane-many.it.",
            "@ MX 40 d.dane-many.it.",
            "@ MX 50 e.dane-many.it.",
            "@ MX 60 f.dane-many.it.",
            "@ MX 70 g.dane-many.it."
          });

  /** Unsigned zones: answered without AD. */
  private static final List<String[]> INSECURE =
      List.of(
          new String[] {"dane-unsigned.it.", TLSA_311},
          new String[] {"insecure-host.it.", TLSA_311});

  @BeforeAll
  static void start() throws Exception {
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1").port(0);
    for (String[] zone : SECURE) {
      builder.zone(zone[0], zone(zone[0], Arrays.copyOfRange(zone, 1, zone.length)));
      builder.authenticatedData(zone[0]);
    }
    for (String[] zone : INSECURE) {
      builder.zone(zone[0], zone(zone[0], Arrays.copyOfRange(zone, 1, zone.length)));
    }
    server = builder.start();
    server.inject("_25._tcp.mx.dane-failed.it.", RecordType.TLSA, Fault.servfail());
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

  private static List<Finding> inArea(Report report) {
    return report.findings().stream().filter(f -> f.area() == Area.DANE).toList();
  }

  private static Finding only(Report report, FindingCode code) {
    List<Finding> found = inArea(report);
    assertThat(found).as("dane findings of %s", report.findings()).hasSize(1);
    assertThat(found.get(0).code()).isEqualTo(code);
    return found.get(0);
  }

  /** The TLSA questions the server received for names ending in {@code suffix}. */
  private static List<String> tlsaAsked(String suffix) {
    return server.queries().stream()
        .filter(q -> q.type() == RecordType.TLSA)
        .map(q -> q.name().toLowerCase(Locale.ROOT))
        .filter(name -> name.endsWith(suffix))
        .distinct()
        .toList();
  }

  @Test
  @DisplayName(
      "TLSA 3 1 1 (and an unusable 1 1 1 beside it) in a secure zone: DANE_VALID naming the"
          + " usable record")
  void valid() {
    Report report = diagnose("dane-ok.it");

    Finding valid = only(report, FindingCode.DANE_VALID);
    assertThat(valid.params())
        .containsEntry("host", "mx.dane-ok.it")
        .containsEntry("records", "3 1 1");
    assertThat(report.unchecked()).doesNotContain(Area.DANE);
  }

  @Test
  @DisplayName("TLSA in a zone that is not DNSSEC-secure: DANE_UNSIGNED naming the host")
  void unsigned() {
    Report report = diagnose("dane-unsigned.it");

    assertThat(only(report, FindingCode.DANE_UNSIGNED).params())
        .containsEntry("host", "mx.dane-unsigned.it")
        .containsEntry("name", "dane-unsigned.it");
    assertThat(report.unchecked()).doesNotContain(Area.DANE);
  }

  @Test
  @DisplayName(
      "secure MX, but the MX host's TLSA in an insecure zone: DANE_UNSIGNED naming the TLSA name")
  void tlsaZoneInsecure() {
    Report report = diagnose("dane-split.it");

    assertThat(only(report, FindingCode.DANE_UNSIGNED).params())
        .containsEntry("host", "mx.insecure-host.it")
        .containsEntry("name", "_25._tcp.mx.insecure-host.it");
  }

  @Test
  @DisplayName("no TLSA at the MX host: nothing said about DANE, and the area is checked")
  void none() {
    Report report = diagnose("dane-none.it");

    assertThat(inArea(report)).isEmpty();
    assertThat(report.unchecked()).doesNotContain(Area.DANE);
    assertThat(tlsaAsked("dane-none.it.")).containsExactly("_25._tcp.mx.dane-none.it.");
  }

  @Test
  @DisplayName("the TLSA lookup fails (SERVFAIL): dane not checked, no finding")
  void failed() {
    Report report = diagnose("dane-failed.it");

    assertThat(inArea(report)).isEmpty();
    assertThat(report.unchecked()).contains(Area.DANE);
  }

  @Test
  @DisplayName("only usage 1 (PKIX-EE) in a secure zone: DANE_UNUSABLE_USAGE (RFC 7672 §3.1.3)")
  void pkixOnly() {
    Report report = diagnose("dane-pkix.it");

    assertThat(only(report, FindingCode.DANE_UNUSABLE_USAGE).params())
        .containsEntry("host", "mx.dane-pkix.it")
        .containsEntry("records", "1 1 1");
  }

  @Test
  @DisplayName("a null MX: no TLSA question, no finding")
  void nullMx() {
    Report report = diagnose("dane-null.it");

    assertThat(inArea(report)).isEmpty();
    assertThat(report.unchecked()).doesNotContain(Area.DANE);
    assertThat(tlsaAsked("")).noneMatch(name -> name.equals("_25._tcp."));
  }

  @Test
  @DisplayName("seven MX hosts: TLSA asked for the first five by preference only")
  void atMostFiveHosts() {
    Report report = diagnose("dane-many.it");

    assertThat(inArea(report)).isEmpty();
    assertThat(tlsaAsked("dane-many.it."))
        .containsExactlyInAnyOrder(
            "_25._tcp.a.dane-many.it.",
            "_25._tcp.b.dane-many.it.",
            "_25._tcp.c.dane-many.it.",
            "_25._tcp.d.dane-many.it.",
            "_25._tcp.e.dane-many.it.");
  }

  @Test
  @DisplayName(
      "DANE in force and no _smtp._tls record (no MTA-STS): TLSRPT_NONE advises TLS reports; no"
          + " such advice without DANE, nor when the TLSA records are not secure")
  void tlsReportsAdvisedWithDane() {
    assertThat(codes(diagnose("dane-ok.it"))).contains(FindingCode.TLSRPT_NONE);
    assertThat(codes(diagnose("dane-none.it"))).doesNotContain(FindingCode.TLSRPT_NONE);
    assertThat(codes(diagnose("dane-unsigned.it"))).doesNotContain(FindingCode.TLSRPT_NONE);
    assertThat(codes(diagnose("dane-pkix.it"))).doesNotContain(FindingCode.TLSRPT_NONE);
  }

  @Test
  @DisplayName(
      "a TLSA lookup that fails: dane is not checked, but tlsRpt, whose own record was read, is")
  void failedTlsaLeavesTlsRptChecked() {
    Report report = diagnose("dane-failed.it");

    assertThat(report.unchecked()).contains(Area.DANE).doesNotContain(Area.TLS_RPT);
    assertThat(codes(report)).doesNotContain(FindingCode.TLSRPT_NONE);
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }
}
