package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.core.Report;
import dev.mxbot.core.Verdict;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.render.JsonRenderer;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.MatrixWorld;
import dev.mxbot.testing.MatrixZones;
import dev.mxbot.testing.MatrixZones.Customer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report is evidence: one row per lookup an area needs, failed or late. The JSON says which areas
 * were not checked ({@code complete}, {@code unchecked}), the verdict is never {@code ok} then, a
 * record type that was not answered is {@code null}, and no finding claims a presence or an absence
 * in an unchecked area.
 */
@DisplayName("/mx never claims what it did not check")
class TrustMatrixTest {

  /** A fault on one lookup, and what the JSON report must say. */
  record Row(
      String behaviour, Customer zone, Consumer<MatrixWorld> faults, Consumer<JsonNode> expect) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static final String AUTOCONFIG =
      """
      _autodiscover._tcp SRV 0 0 443 mailconfig.ovh.net.
      autoconfig CNAME mailconfig.ovh.net.
      """;

  private static Customer customer(String domain) {
    return new Customer(domain).extra(AUTOCONFIG);
  }

  static final List<Row> ROWS =
      List.of(
          new Row(
              "nothing fails",
              customer("trust-healthy.it"),
              world -> {},
              json -> {
                assertThat(json.get("complete").asBoolean()).isTrue();
                assertThat(json.get("unchecked")).isEmpty();
                assertThat(codes(json)).contains("AUTOCONFIG_OK", "SPF_VALID", "DMARC_VALID");
                assertThat(json.get("records").get("dmarc")).hasSize(1);
              }),
          new Row(
              "the autoconfiguration SRV answers SERVFAIL",
              customer("trust-srv-servfail.it"),
              world ->
                  world.resolver.inject(
                      "_autodiscover._tcp.trust-srv-servfail.it", RecordType.SRV, Fault.servfail()),
              json -> {
                incomplete(json, "autoconfig");
                assertThat(codes(json)).doesNotContain("AUTOCONFIG_OK", "AUTOCONFIG_MISSING");
                assertThat(codes(json)).contains("SPF_VALID", "DMARC_VALID");
              }),
          new Row(
              "the autoconfiguration CNAME never answers",
              customer("trust-cname-late.it"),
              world -> world.resolver.inject("autoconfig.trust-cname-late.it", null, Fault.drop()),
              json -> {
                incomplete(json, "autoconfig");
                assertThat(codes(json)).doesNotContain("AUTOCONFIG_OK", "AUTOCONFIG_MISSING");
              }),
          new Row(
              "_dmarc answers SERVFAIL",
              customer("trust-dmarc-servfail.it"),
              world ->
                  world.resolver.inject(
                      "_dmarc.trust-dmarc-servfail.it", RecordType.TXT, Fault.servfail()),
              json -> {
                incomplete(json, "dmarc");
                assertThat(json.get("unchecked")).hasSize(1);
                assertThat(json.get("records").get("dmarc").isNull()).isTrue();
                assertThat(codes(json)).noneMatch(c -> c.startsWith("DMARC_"));
                assertThat(codes(json)).contains("SPF_VALID", "MX_HOME_CURRENT");
              }),
          new Row(
              "the apex TXT answers SERVFAIL",
              customer("trust-txt-servfail.it"),
              world ->
                  world.resolver.inject("trust-txt-servfail.it", RecordType.TXT, Fault.servfail()),
              json -> {
                incomplete(json, "spf");
                assertThat(json.get("records").get("spf").isNull()).isTrue();
                assertThat(codes(json)).noneMatch(c -> c.startsWith("SPF_"));
                assertThat(codes(json)).contains("DMARC_VALID", "MX_HOME_CURRENT");
              }),
          new Row(
              "the MX answer comes after the deadline",
              customer("trust-mx-late.it"),
              world ->
                  world.resolver.inject(
                      "trust-mx-late.it", RecordType.MX, Fault.delay(Duration.ofSeconds(5))),
              json -> {
                incomplete(json, "mx");
                incomplete(json, "propagation");
                assertThat(json.get("unchecked").toString())
                    .as("checked without the MX: the record, the policy, the domain's existence")
                    .doesNotContain("spf", "dmarc", "domain");
                assertThat(json.get("records").get("mx").isNull()).isTrue();
                assertThat(codes(json))
                    .doesNotContain("MX_NONE", "MX_NONE_IMPLICIT", "AUTOCONFIG_OK")
                    .contains("SPF_VALID", "DMARC_VALID");
              }),
          new Row(
              "the resolver fails everything, even the control question for .it",
              customer("trust-resolver-broken.it"),
              TrustMatrixTest::resolverFailsEverything,
              json -> {
                incomplete(json, "domain");
                assertThat(codes(json))
                    .contains("RESOLVER_FAILING")
                    .doesNotContain("DOMAIN_LOOKUP_FAILED", "DOMAIN_NOT_FOUND");
                assertThat(message(json, "RESOLVER_FAILING"))
                    .contains("127.0.0.31:")
                    .contains(".it");
              }),
          new Row(
              "SERVFAIL for the domain while the resolver answers for .it",
              customer("trust-domain-servfail.it"),
              world -> world.resolver.inject("trust-domain-servfail.it", null, Fault.servfail()),
              json -> {
                incomplete(json, "domain");
                assertThat(codes(json))
                    .contains("DOMAIN_LOOKUP_FAILED")
                    .doesNotContain("RESOLVER_FAILING");
              }),
          new Row(
              "NXDOMAIN for MX while TXT answers",
              customer("trust-nx-mx.it"),
              world -> world.resolver.inject("trust-nx-mx.it", RecordType.MX, Fault.nxdomain()),
              json -> {
                assertThat(codes(json))
                    .contains("DNS_INCONSISTENT_ANSWERS", "SPF_VALID")
                    .doesNotContain("DOMAIN_NOT_FOUND");
                assertThat(json.get("verdict").asText()).isEqualTo("error");
                assertThat(message(json, "DNS_INCONSISTENT_ANSWERS"))
                    .contains("MX")
                    .contains("TXT");
              }),
          new Row(
              "NXDOMAIN for TXT while MX answers",
              customer("trust-nx-txt.it"),
              world -> world.resolver.inject("trust-nx-txt.it", RecordType.TXT, Fault.nxdomain()),
              json ->
                  assertThat(codes(json))
                      .contains("DNS_INCONSISTENT_ANSWERS", "MX_HOME_CURRENT")
                      .doesNotContain("DOMAIN_NOT_FOUND", "SPF_NONE")),
          new Row(
              "the NS lookup answers SERVFAIL",
              customer("trust-ns-servfail.it"),
              world ->
                  world.resolver.inject("trust-ns-servfail.it", RecordType.NS, Fault.servfail()),
              json -> {
                incomplete(json, "dnsHost");
                incomplete(json, "nameservers");
                assertThat(json.get("records").get("ns").isNull()).isTrue();
                assertThat(codes(json))
                    .noneMatch(c -> c.startsWith("ZONE_AT_") || c.startsWith("NS_"))
                    .contains("SPF_VALID", "MX_HOME_CURRENT");
              }),
          new Row(
              "the DS lookup answers SERVFAIL",
              customer("trust-ds-servfail.it"),
              world ->
                  world.resolver.inject("trust-ds-servfail.it", RecordType.DS, Fault.servfail()),
              json -> {
                incomplete(json, "dnssec");
                assertThat(codes(json)).noneMatch(c -> c.startsWith("DNSSEC_"));
              }),
          new Row(
              "one nameserver's address has nothing listening",
              customer("trust-ns-gone.it")
                  .nameservers("@ NS ns1.matrix.it.\n@ NS gone.matrix.it.\n"),
              world -> {},
              json -> {
                assertThat(codes(json)).contains("NS_LAME", "SPF_VALID");
                assertThat(message(json, "NS_LAME"))
                    .contains("gone.matrix.it")
                    .contains("it does not respond")
                    .doesNotContain("unusable");
              }),
          new Row(
              "a DKIM selector answers SERVFAIL where _domainkey does not exist at all",
              customer("trust-dkim-none.it"),
              world ->
                  world.resolver.inject(
                      "ovhmo-selector-1._domainkey.trust-dkim-none.it",
                      RecordType.TXT,
                      Fault.servfail()),
              json -> {
                assertThat(json.get("unchecked")).as("nothing exists below NXDOMAIN").isEmpty();
                assertThat(codes(json)).contains("DKIM_NOT_FOUND");
              }),
          new Row(
              "the provider's DKIM selector answers SERVFAIL",
              customer("trust-dkim-servfail.it")
                  .extra("ovhmo-selector-2._domainkey TXT \"not a key\""),
              world ->
                  world.resolver.inject(
                      "ovhmo-selector-1._domainkey.trust-dkim-servfail.it",
                      RecordType.TXT,
                      Fault.servfail()),
              json -> {
                incomplete(json, "dkim");
                assertThat(codes(json)).doesNotContain("DKIM_NOT_FOUND", "DKIM_FOUND");
                assertThat(json.toString())
                    .as("DKIM_UNKNOWN names only the selectors answered")
                    .doesNotContain("ovhmo-selector-1, ");
              }),
          new Row(
              "the resolver answers SERVFAIL for an MX target in a CNAME loop",
              customer("trust-mx-loop.it")
                  .mx("@ MX 10 mx.trust-mx-loop.it.")
                  .extra("mx CNAME a.trust-mx-loop.it.\na CNAME mx.trust-mx-loop.it."),
              world -> servfail(world, "mx.trust-mx-loop.it", RecordType.A, RecordType.AAAA),
              json -> {
                provenBroken(json, "MX_TARGET_UNRESOLVABLE");
                assertThat(message(json, "MX_TARGET_UNRESOLVABLE"))
                    .contains("mx.trust-mx-loop.it → a.trust-mx-loop.it → mx.trust-mx-loop.it");
              }),
          new Row(
              "the resolver answers SERVFAIL for _dmarc, a CNAME to itself",
              customer("trust-dmarc-loop.it").dmarc("_dmarc CNAME _dmarc.trust-dmarc-loop.it."),
              world -> servfail(world, "_dmarc.trust-dmarc-loop.it", RecordType.TXT),
              json -> {
                provenBroken(json, "DMARC_UNREADABLE");
                assertThat(codes(json)).doesNotContain("DMARC_NONE", "DMARC_VALID");
                assertThat(message(json, "DMARC_UNREADABLE"))
                    .contains("_dmarc.trust-dmarc-loop.it → _dmarc.trust-dmarc-loop.it");
              }),
          new Row(
              "the resolver answers SERVFAIL for a DKIM selector behind 9 CNAMEs",
              customer("trust-dkim-long.it")
                  .extra(
                      "ovhmo-selector-1._domainkey CNAME k1.trust-dkim-long.it.\n"
                          + MatrixZones.lines(8, "k%d CNAME k%d+.trust-dkim-long.it.")
                          + "\nk9 TXT \"v=DKIM1; k=ed25519; p="
                          + "A".repeat(43)
                          + "=\""),
              world ->
                  servfail(world, "ovhmo-selector-1._domainkey.trust-dkim-long.it", RecordType.TXT),
              json -> {
                provenBroken(json, "DKIM_KEY_INVALID");
                assertThat(codes(json)).doesNotContain("DKIM_FOUND");
                assertThat(message(json, "DKIM_KEY_INVALID"))
                    .contains("more than 8 aliases")
                    .contains("read at ovhmo-selector-1._domainkey.trust-dkim-long.it)");
              }),
          new Row(
              "the resolver answers SERVFAIL for an SPF include in a CNAME loop",
              customer("trust-spf-loop.it")
                  .spf(
                      MatrixZones.txt(
                          "@", "v=spf1 include:mx.ovh.com include:spf.trust-spf-loop.it ~all"))
                  .extra("spf CNAME a.trust-spf-loop.it.\na CNAME spf.trust-spf-loop.it."),
              world -> servfail(world, "spf.trust-spf-loop.it", RecordType.TXT),
              json -> {
                provenBroken(json, "SPF_INCLUDE_NOT_FOUND");
                assertThat(codes(json)).doesNotContain("SPF_VALID");
                assertThat(message(json, "SPF_INCLUDE_NOT_FOUND"))
                    .contains("is a CNAME loop (spf.trust-spf-loop.it → a.trust-spf-loop.it");
              }));

  private static MatrixWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = new MatrixWorld(ROWS.stream().map(Row::zone).toList());
  }

  @AfterEach
  void clearFaults() {
    world.clearFaults();
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @Timeout(60)
  @DisplayName("the JSON report says what was checked and claims nothing else")
  void row(Row row) {
    row.faults().accept(world);

    Report report = MatrixWorld.diagnose(world.app, row.zone().domain);

    row.expect().accept(world.app.get(JsonRenderer.class).toJson(report, "en"));
  }

  @Test
  @Timeout(60)
  @DisplayName("a resolver failing everything makes check exit 3, as DNS unreachable")
  void resolverFailingIsUnreachable() {
    resolverFailsEverything(world);

    Report report = MatrixWorld.diagnose(world.app, "trust-resolver-broken.it");

    assertThat(report.dnsUnreachable()).as(report.findings().toString()).isTrue();
  }

  private static void resolverFailsEverything(MatrixWorld world) {
    for (String name :
        List.of(
            "trust-resolver-broken.it",
            "_dmarc.trust-resolver-broken.it",
            "_domainkey.trust-resolver-broken.it",
            "it")) {
      world.resolver.inject(name, null, Fault.servfail());
    }
  }

  @Test
  @Timeout(60)
  @DisplayName(
      "an incomplete report's headline names what was not checked in the agent's language, never"
          + " a class name")
  void headlineInTheAgentsLanguage() {
    world.resolver.inject("_dmarc.trust-dmarc-servfail.it", RecordType.TXT, Fault.servfail());

    Report report = MatrixWorld.diagnose(world.app, "trust-dmarc-servfail.it");
    String text = world.app.get(PlainTextRenderer.class).render(report, "it");

    assertThat(text.lines().findFirst().orElseThrow())
        .contains("report incompleto, non verificato: DMARC")
        .doesNotContain("Dmarc");
    assertThat(text).contains("DMARC  non verificato");
  }

  @Test
  @Timeout(60)
  @DisplayName(
      "an incomplete report with warnings never says mail 'works' (what was not checked may be"
          + " what decides it): 'Warnings found — incomplete report, not checked: DMARC', in the"
          + " agent's language")
  void incompleteReportNeverSaysItWorks() {
    world.resolver.inject("_dmarc.trust-dmarc-servfail.it", RecordType.TXT, Fault.servfail());

    Report report = MatrixWorld.diagnose(world.app, "trust-dmarc-servfail.it");
    PlainTextRenderer renderer = world.app.get(PlainTextRenderer.class);

    assertThat(report.complete()).isFalse();
    assertThat(report.verdict()).isEqualTo(Verdict.WARNING);
    assertThat(renderer.render(report, "en").lines().findFirst().orElseThrow())
        .contains("Warnings found — incomplete report, not checked: DMARC")
        .doesNotContain("Works");
    assertThat(renderer.render(report, "it").lines().findFirst().orElseThrow())
        .contains("Avvisi rilevati — report incompleto")
        .doesNotContain("Funziona");
  }

  /** Answers SERVFAIL for {@code name} and these types, as Unbound does for a CNAME loop. */
  private static void servfail(MatrixWorld world, String name, RecordType... types) {
    for (RecordType type : types) {
      world.resolver.inject(name, type, Fault.servfail());
    }
  }

  /**
   * The zone's broken CNAME chain is an error, not a lookup left unanswered: the report is
   * complete, says {@code code}, and nothing asks to run the check again.
   */
  private static void provenBroken(JsonNode json, String code) {
    assertThat(json.get("complete").asBoolean()).as("complete").isTrue();
    assertThat(json.get("unchecked")).isEmpty();
    assertThat(json.get("verdict").asText()).isEqualTo("error");
    assertThat(codes(json)).contains(code).doesNotContain("DNS_TIMEOUT");
  }

  private static String message(JsonNode json, String code) {
    for (JsonNode finding : json.get("findings")) {
      if (finding.get("code").asText().equals(code)) {
        return finding.get("message").asText();
      }
    }
    throw new AssertionError(code + " not in " + codes(json));
  }

  /** The report is incomplete, names {@code area} as unchecked, and its verdict is not ok. */
  private static void incomplete(JsonNode json, String area) {
    assertThat(json.get("complete").asBoolean()).as("complete").isFalse();
    List<String> unchecked = new ArrayList<>();
    json.get("unchecked").forEach(a -> unchecked.add(a.asText()));
    assertThat(unchecked).contains(area);
    assertThat(json.get("verdict").asText()).isNotEqualTo("ok");
  }

  private static List<String> codes(JsonNode json) {
    List<String> codes = new ArrayList<>();
    json.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }
}
