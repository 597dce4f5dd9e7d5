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
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.providers.ProviderCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * mxbot's own DNSSEC reading, on zones signed in the test with dnsjava and served, with the DS in
 * their parent, by one in-process server that stands in for a resolver that does not validate (no
 * AD, ever): every finding here comes from mxbot's own verification.
 */
@DisplayName("DNSSEC read by mxbot itself")
class DnssecReadingScenariosTest {

  private static final Instant NOW = Instant.now();
  private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(30));
  private static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(30));

  private static final SignedZone VALID = new SignedZone("valid.it", SignedZone.ECDSAP256SHA256);
  private static final SignedZone RSA = new SignedZone("rsa.it", SignedZone.RSASHA256);
  private static final SignedZone MISMATCH =
      new SignedZone("mismatch.it", SignedZone.ECDSAP256SHA256);
  private static final SignedZone OTHER_KEY =
      new SignedZone("mismatch.it", SignedZone.ECDSAP256SHA256);
  private static final SignedZone EXPIRING =
      new SignedZone("expiring.it", SignedZone.ECDSAP256SHA256);
  private static final SignedZone EXPIRED =
      new SignedZone("expired.it", SignedZone.ECDSAP256SHA256);
  private static final SignedZone SHA1 = new SignedZone("sha1.it", SignedZone.RSASHA1);
  private static final SignedZone NO_DS = new SignedZone("no-ds.it", SignedZone.ECDSAP256SHA256);
  private static final SignedZone UNREADABLE =
      new SignedZone("unreadable.it", SignedZone.ECDSAP256SHA256);

  private static final List<AutoCloseable> open = new ArrayList<>();
  private static ZoneServer resolver;
  private static Diagnosis diagnosis;

  private static String records() {
    return String.join(
        "\n",
        "@ SOA ns1.hoster.it. hostmaster.hoster.it. 1 3600 600 86400 300",
        "@ NS ns1.hoster.it.",
        "@ MX 10 mx.hoster.it.",
        // two strings: the signature covers their boundary
        "@ TXT \"v=spf1 mx \" \"~all\"",
        "_dmarc TXT \"v=DMARC1; p=none\"");
  }

  private static String plain(String origin) {
    return "$ORIGIN " + origin + ".\n$TTL 3600\n" + records() + "\n";
  }

  private static String delegation(String child, String... ds) {
    return child + ". NS ns1.hoster.it.\n" + String.join("\n", ds) + "\n";
  }

  @BeforeAll
  static void start() throws Exception {
    String parent =
        "$ORIGIN it.\n$TTL 3600\n@ SOA a.dns.it. hostmaster.nic.it. 1 3600 600 86400 300\n"
            + "@ NS a.dns.it.\na.dns A 127.0.0.2\n"
            + delegation("valid.it", VALID.ds())
            + delegation("rsa.it", RSA.ds())
            + delegation("mismatch.it", OTHER_KEY.ds())
            + delegation("expiring.it", EXPIRING.ds())
            + delegation("expired.it", EXPIRED.ds())
            + delegation("sha1.it", SHA1.ds())
            + delegation("unreadable.it", UNREADABLE.ds())
            + delegation("moved.it", "moved.it. 3600 IN DS 12345 13 2 " + "AB".repeat(32))
            + delegation("no-ds.it")
            + delegation("unsigned.it");
    resolver =
        ZoneServer.builder()
            .address("127.0.0.5")
            .zone("it.", parent)
            .zone("valid.it.", VALID.text(records(), LONG_AGO, IN_A_MONTH))
            .zone("rsa.it.", RSA.text(records(), LONG_AGO, IN_A_MONTH))
            .zone("mismatch.it.", MISMATCH.text(records(), LONG_AGO, IN_A_MONTH))
            .zone("expiring.it.", EXPIRING.text(records(), LONG_AGO, NOW.plus(Duration.ofHours(3))))
            .zone("expired.it.", EXPIRED.text(records(), LONG_AGO, NOW.minus(Duration.ofDays(1))))
            .zone("sha1.it.", SHA1.text(records(), LONG_AGO, IN_A_MONTH))
            .zone("unreadable.it.", UNREADABLE.text(records(), LONG_AGO, IN_A_MONTH))
            .zone("moved.it.", plain("moved.it"))
            .zone("no-ds.it.", NO_DS.text(records(), LONG_AGO, IN_A_MONTH))
            .zone("unsigned.it.", plain("unsigned.it"))
            .start();
    open.add(resolver);
    resolver.inject("unreadable.it.", RecordType.DNSKEY, Fault.servfail());
    DnsjavaDns dns =
        new DnsjavaDns(
            new DnsSettings(List.of(resolver.socketAddress()), Duration.ofSeconds(2), 53, true));
    open.add(dns);
    Lookups lookups = new Lookups(dns);
    MailFacts mail =
        new MailFacts(
            lookups, new MxClassifier(ProviderCatalog.load(Path.of("bot-config/providers"))));
    DnssecCheck check =
        new DnssecCheck(
            new ZoneFacts(lookups),
            lookups,
            mail,
            new DnssecFacts(lookups, mail),
            Clock.systemUTC(),
            Duration.ofHours(12));
    diagnosis = new Diagnosis(Set.of(check), Clock.systemUTC(), Duration.ofSeconds(6));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  private static List<Finding> dnssec(String domain) {
    Report report = diagnosis.diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
    return report.findings().stream().filter(f -> f.code().name().startsWith("DNSSEC_")).toList();
  }

  private static List<FindingCode> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private static Finding only(List<Finding> findings, FindingCode code) {
    return findings.stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + findings));
  }

  @Test
  @DisplayName("a DS that matches the ECDSA key and good signatures: DNSSEC_VALID, nothing else")
  void valid() {
    List<Finding> findings = dnssec("valid.it");

    assertThat(codes(findings)).containsExactly(FindingCode.DNSSEC_VALID);
    assertThat(only(findings, FindingCode.DNSSEC_VALID).param("keytags"))
        .isEqualTo(String.valueOf(VALID.keyTag()));
  }

  @Test
  @DisplayName("the same with an RSASHA256 key (answers over 1232 bytes go over TCP)")
  void validRsa() {
    assertThat(codes(dnssec("rsa.it"))).containsExactly(FindingCode.DNSSEC_VALID);
  }

  @Test
  @DisplayName(
      "the registry's DS points at another key: DNSSEC_DS_MISMATCH names both key tags and gives"
          + " the DS and the key fields for the registrar")
  void mismatch() {
    List<Finding> findings = dnssec("mismatch.it");

    assertThat(codes(findings)).containsExactly(FindingCode.DNSSEC_DS_MISMATCH);
    Finding finding = only(findings, FindingCode.DNSSEC_DS_MISMATCH);
    assertThat(finding.param("dsTags")).isEqualTo(String.valueOf(OTHER_KEY.keyTag()));
    assertThat(finding.param("zoneTags")).isEqualTo(String.valueOf(MISMATCH.keyTag()));
    assertThat(finding.param("ds")).isEqualTo("mismatch.it. IN DS " + MISMATCH.dsData());
    assertThat(finding.param("flags")).isEqualTo("257");
    assertThat(finding.param("algorithm")).isEqualTo("13");
    assertThat(finding.param("publicKey")).isNotBlank();
  }

  @Test
  @DisplayName("signatures that expire in 3 hours: DNSSEC_SIGNATURES_EXPIRING beside VALID")
  void expiring() {
    List<Finding> findings = dnssec("expiring.it");

    assertThat(codes(findings))
        .containsExactlyInAnyOrder(
            FindingCode.DNSSEC_VALID, FindingCode.DNSSEC_SIGNATURES_EXPIRING);
    Finding finding = only(findings, FindingCode.DNSSEC_SIGNATURES_EXPIRING);
    assertThat(finding.param("rrsets")).contains("DNSKEY expiring.it", "SOA expiring.it");
    assertThat(finding.param("remaining")).isIn("2 h", "3 h");
  }

  @Test
  @DisplayName("signatures that expired yesterday: DNSSEC_BOGUS, saying they expired")
  void expired() {
    List<Finding> findings = dnssec("expired.it");

    assertThat(codes(findings)).containsExactly(FindingCode.DNSSEC_BOGUS);
    Finding finding = only(findings, FindingCode.DNSSEC_BOGUS);
    assertThat(finding.param("noteKey")).isEqualTo("reason.dnssec.expired");
    assertThat(finding.param("expired")).endsWith("UTC");
  }

  @Test
  @DisplayName("a zone signed with RSASHA1 (5): DNSSEC_ALGORITHM_DEPRECATED beside VALID")
  void deprecatedAlgorithm() {
    List<Finding> findings = dnssec("sha1.it");

    assertThat(codes(findings))
        .containsExactlyInAnyOrder(
            FindingCode.DNSSEC_VALID, FindingCode.DNSSEC_ALGORITHM_DEPRECATED);
    Finding finding = only(findings, FindingCode.DNSSEC_ALGORITHM_DEPRECATED);
    assertThat(finding.param("algorithms")).isEqualTo("RSASHA1 (5)");
    assertThat(finding.param("digests")).isEqualTo("-");
  }

  @Test
  @DisplayName(
      "a DS at the registry but no DNSKEY in the zone (moved, DS forgotten): DNSSEC_BOGUS, saying"
          + " to remove the DS")
  void dsWithoutDnskey() {
    List<Finding> findings = dnssec("moved.it");

    assertThat(codes(findings)).containsExactly(FindingCode.DNSSEC_BOGUS);
    assertThat(only(findings, FindingCode.DNSSEC_BOGUS).param("noteKey"))
        .isEqualTo("reason.dnssec.ds_without_dnskey");
  }

  @Test
  @DisplayName(
      "a signed zone without DS at the registry: DNSSEC_UNSIGNED, 'DS not published', with the DS"
          + " to publish")
  void dnskeyWithoutDs() {
    List<Finding> findings = dnssec("no-ds.it");

    assertThat(codes(findings)).containsExactly(FindingCode.DNSSEC_UNSIGNED);
    Finding finding = only(findings, FindingCode.DNSSEC_UNSIGNED);
    assertThat(finding.param("noteKey")).isEqualTo("reason.dnssec.ds_not_published");
    assertThat(finding.param("ds")).isEqualTo("no-ds.it. IN DS " + NO_DS.dsData());
  }

  @Test
  @DisplayName("an unsigned zone without DS: DNSSEC_UNSIGNED alone")
  void unsigned() {
    List<Finding> findings = dnssec("unsigned.it");

    assertThat(codes(findings)).containsExactly(FindingCode.DNSSEC_UNSIGNED);
    assertThat(only(findings, FindingCode.DNSSEC_UNSIGNED).param("noteKey")).isNull();
  }

  @Test
  @DisplayName(
      "the DNSKEY lookup fails and the resolver does not validate: DNSSEC_UNVERIFIED, the reading"
          + " was impossible")
  void unreadable() {
    assertThat(codes(dnssec("unreadable.it"))).containsExactly(FindingCode.DNSSEC_UNVERIFIED);
  }
}
