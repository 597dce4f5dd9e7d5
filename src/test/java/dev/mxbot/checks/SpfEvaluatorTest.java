package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckContext;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.Fault;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.ZoneServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A customer's SPF record followed through its includes, against the in-process nameserver serving
 * {@code spf.test}: what an agent would be told about lookups, loops and missing includes.
 */
@DisplayName("Following an SPF record through its includes")
class SpfEvaluatorTest {

  private static final String ZONE =
      """
      $ORIGIN spf.test.
      $TTL 300
      @      SOA ns hostmaster 1 3600 600 86400 60
      @      NS  ns
      ns     A   127.0.0.1
      mail   A   192.0.2.25
      deep   A   192.0.2.26
      deep   MX  10 mail.spf.test.
      d1     TXT "v=spf1 include:d2.spf.test include:d3.spf.test ~all"
      d2     TXT "v=spf1 a:mail.spf.test exists:mail.spf.test ~all"
      d3     TXT "v=spf1 include:d4.spf.test a:mail.spf.test ~all"
      d4     TXT "v=spf1 ip4:192.0.2.0/24 a:mail.spf.test exists:mail.spf.test -all"
      loop1  TXT "v=spf1 include:loop2.spf.test -all"
      loop2  TXT "v=spf1 include:loop1.spf.test -all"
      twice  TXT "v=spf1 ip4:192.0.2.1 -all"
      twice  TXT "v=spf1 ip4:192.0.2.2 -all"
      broken TXT "v=spf1 include=mail.spf.test -all"
      dropped TXT "v=spf1 -all"
      """
          + chain()
          + crowdedMx();

  private static ZoneServer server;
  private static DnsjavaDns dns;

  @BeforeAll
  static void start() throws Exception {
    server = ZoneServer.builder().zone("spf.test.", ZONE).start();
    dns = new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())));
  }

  @AfterAll
  static void stop() {
    dns.close();
    server.close();
  }

  @AfterEach
  void clearFaults() {
    server.clearFaults();
  }

  /** c1 includes c2, which includes c3 ... up to c12. */
  private static String chain() {
    return IntStream.rangeClosed(1, 12)
        .mapToObj(i -> "c" + i + " TXT \"v=spf1 include:c" + (i + 1) + ".spf.test -all\"\n")
        .collect(Collectors.joining());
  }

  /** Eleven MX hosts at crowded.spf.test. */
  private static String crowdedMx() {
    return IntStream.rangeClosed(1, 11)
        .mapToObj(i -> "crowded MX " + i + " m" + i + ".spf.test.\n")
        .collect(Collectors.joining());
  }

  private static SpfEvaluation evaluate(String domain, String record) {
    CheckContext context =
        new CheckContext(
            DomainName.of(domain), CheckOptions.NONE, Instant.now().plus(Duration.ofSeconds(30)));
    SpfNode root =
        new SpfEvaluator(new Lookups(dns))
            .evaluate(context, domain, (SpfRecord) SpfRecord.parse(record))
            .join();
    return SpfEvaluation.of(root);
  }

  private static List<Finding> findings(String domain, String record) {
    return SpfFindings.of((SpfRecord) SpfRecord.parse(record), evaluate(domain, record));
  }

  private static Finding only(List<Finding> findings, FindingCode code) {
    List<Finding> matching = findings.stream().filter(f -> f.code() == code).toList();
    assertThat(matching).as("%s in %s", code, findings).hasSize(1);
    return matching.get(0);
  }

  @Test
  @DisplayName(
      "eleven lookups through nested includes: too many, and the heaviest include is named")
  void elevenLookups() {
    List<Finding> findings = findings("deep.spf.test", "v=spf1 mx a include:d1.spf.test -all");

    Finding tooMany = only(findings, FindingCode.SPF_TOO_MANY_LOOKUPS);
    assertThat(tooMany.params())
        .containsEntry("count", "11")
        .containsEntry("heaviest", "include:d1.spf.test")
        .containsEntry("heaviestCount", "9");
    assertThat(findings).extracting(Finding::code).doesNotContain(FindingCode.SPF_VALID);
  }

  @Test
  @DisplayName("ten lookups are within the limit and the record is valid, with its count")
  void tenLookups() {
    List<Finding> findings = findings("deep.spf.test", "v=spf1 a include:d1.spf.test -all");

    assertThat(only(findings, FindingCode.SPF_VALID).param("lookups")).isEqualTo("10");
  }

  @Test
  @DisplayName("an include chain coming back to itself is a loop, named hop by hop")
  void loop() {
    List<Finding> findings = findings("loop1.spf.test", "v=spf1 include:loop2.spf.test -all");

    assertThat(only(findings, FindingCode.SPF_LOOP).param("chain"))
        .isEqualTo("loop1.spf.test → loop2.spf.test → loop1.spf.test");
  }

  @Test
  @DisplayName("three lookups that find nothing are too many void lookups, each name listed")
  void voidLookups() {
    List<Finding> findings =
        findings(
            "voids.spf.test",
            "v=spf1 a:gone1.spf.test mx:mail.spf.test exists:gone3.spf.test ip4:192.0.2.1 -all");

    assertThat(only(findings, FindingCode.SPF_TOO_MANY_VOID_LOOKUPS).params())
        .containsEntry("count", "3")
        .containsEntry("names", "gone1.spf.test, mail.spf.test, gone3.spf.test");
  }

  @Test
  @DisplayName("an mx with eleven hosts goes over the ten names an mx may look up")
  void mxWithElevenHosts() {
    List<Finding> findings = findings("crowded.spf.test", "v=spf1 mx -all");

    assertThat(only(findings, FindingCode.SPF_TOO_MANY_LOOKUPS).params())
        .containsEntry("count", "11")
        .containsEntry("heaviest", "mx:crowded.spf.test");
  }

  @Test
  @DisplayName("includes without exactly one SPF record are named with what they publish")
  void includeNotFound() {
    List<Finding> findings =
        findings(
            "missing.spf.test",
            "v=spf1 include:nothing.spf.test include:mail.spf.test include:twice.spf.test -all");

    assertThat(findings)
        .filteredOn(f -> f.code() == FindingCode.SPF_INCLUDE_NOT_FOUND)
        .extracting(f -> f.param("include") + "=" + f.param("count"))
        .containsExactly("nothing.spf.test=0", "mail.spf.test=0", "twice.spf.test=2");
    assertThat(evaluate("missing.spf.test", "v=spf1 include:nothing.spf.test -all").voidLookups())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("an included record with a syntax error is named with its domain")
  void includedSyntaxError() {
    Finding syntax =
        only(findings("x.spf.test", "v=spf1 include:broken.spf.test -all"), FindingCode.SPF_SYNTAX);

    assertThat(syntax.params())
        .containsEntry("domain", "broken.spf.test")
        .containsEntry("term", "include=mail.spf.test")
        .containsEntry("detail", "include:mail.spf.test")
        .containsEntry("reason", "mechanism_equals");
  }

  @Test
  @DisplayName("macros are counted as one lookup each and never looked up")
  void macros() {
    server.resetLog();

    SpfEvaluation evaluation =
        evaluate(
            "macro.spf.test", "v=spf1 include:%{d}._spf.spf.test exists:%{i}.bl.spf.test -all");

    assertThat(evaluation.lookups()).isEqualTo(2);
    assertThat(evaluation.complete()).isTrue();
    assertThat(server.queries()).extracting(ZoneServer.Query::name).noneMatch(n -> n.contains("%"));
  }

  @Test
  @DisplayName("past ten levels of includes the walk stops and says the count is a minimum")
  void depthBound() {
    SpfEvaluation evaluation = evaluate("c1.spf.test", "v=spf1 include:c2.spf.test -all");

    assertThat(evaluation.truncated()).isTrue();
    assertThat(
            only(
                    SpfFindings.of((SpfRecord) SpfRecord.parse("v=spf1 -all"), evaluation),
                    FindingCode.SPF_TOO_MANY_LOOKUPS)
                .param("count"))
        .isEqualTo("11+");
  }

  @Test
  @DisplayName("an include that never answers is neither missing nor valid: DNS_TIMEOUT covers it")
  void unansweredInclude() {
    server.inject("dropped.spf.test", RecordType.TXT, Fault.drop());

    List<Finding> findings = findings("slow.spf.test", "v=spf1 include:dropped.spf.test -all");

    assertThat(findings)
        .extracting(Finding::code)
        .doesNotContain(FindingCode.SPF_INCLUDE_NOT_FOUND, FindingCode.SPF_VALID);
  }

  @Test
  @DisplayName("ptr and a neutral ending are both reported, and the record is still valid")
  void ptrAndPermissive() {
    List<Finding> findings = findings("mail.spf.test", "v=spf1 ptr ?all");

    assertThat(only(findings, FindingCode.SPF_PTR).param("term")).isEqualTo("ptr");
    assertThat(only(findings, FindingCode.SPF_PERMISSIVE).param("all")).isEqualTo("?all");
    assertThat(only(findings, FindingCode.SPF_VALID).param("lookups")).isEqualTo("1");
  }

  @Test
  @DisplayName("a record with neither all nor redirect ends as ?all; one with redirect does not")
  void noAll() {
    assertThat(SpfFindings.permissiveAll((SpfRecord) SpfRecord.parse("v=spf1 mx")))
        .contains("?all");
    assertThat(SpfFindings.permissiveAll((SpfRecord) SpfRecord.parse("v=spf1 redirect=x.spf.test")))
        .isEmpty();
    assertThat(SpfFindings.permissiveAll((SpfRecord) SpfRecord.parse("v=spf1 +all")))
        .contains("+all");
  }
}
