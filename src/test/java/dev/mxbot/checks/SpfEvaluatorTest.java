package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.checks.spf.SpfRecord;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
      vd1    TXT "v=spf1 a:gone1.spf.test a:gone2.spf.test a:gone3.spf.test include:vd2.spf.test -all"
      vd2    TXT "v=spf1 include:vd3.spf.test -all"
      vd3    TXT "v=spf1 -all"
      """
          + chain()
          + crowdedMx()
          + wideTree();

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

  /**
   * wide.spf.test includes w1 to w8, each of which includes eight more (72 includes in all), each
   * naming its own host with a: a record built to make a checker flood.
   */
  private static String wideTree() {
    StringBuilder zone = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      StringBuilder record = new StringBuilder("v=spf1");
      for (int j = 1; j <= 8; j++) {
        String leaf = "w" + i + "x" + j;
        record.append(" include:").append(leaf).append(".spf.test");
        zone.append(leaf).append(" TXT \"v=spf1 a:h.").append(leaf).append(".spf.test -all\"\n");
      }
      zone.append("w").append(i).append(" TXT \"").append(record).append(" ~all\"\n");
    }
    return zone.toString();
  }

  private static SpfEvaluation evaluate(String domain, String record) {
    CheckContext context =
        new CheckContext(
            DomainName.of(domain), CheckOptions.NONE, Instant.now().plus(Duration.ofSeconds(30)));
    SpfNode root =
        new SpfEvaluator(new Lookups(dns), new AliasChains(new Lookups(dns)))
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
        .containsEntry("heaviestCount", "9")
        .containsEntry("lookupsKey", "reason.spf.lookups_counted");
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
  @DisplayName(
      "an mx with eleven MX names is SPF_MX_TOO_MANY_NAMES naming the domain and the count,"
          + " not eleven lookups")
  void mxWithElevenHosts() {
    List<Finding> findings = findings("crowded.spf.test", "v=spf1 mx -all");

    assertThat(only(findings, FindingCode.SPF_MX_TOO_MANY_NAMES).params())
        .containsEntry("domain", "crowded.spf.test")
        .containsEntry("count", "11")
        .containsEntry("term", "mx");
    assertThat(findings)
        .extracting(Finding::code)
        .doesNotContain(FindingCode.SPF_TOO_MANY_LOOKUPS, FindingCode.SPF_VALID);
  }

  @Test
  @DisplayName("an mx costs one lookup however many MX names it finds: mx and nine more are ten")
  void mxCostsOneLookup() {
    String record = "v=spf1 mx:crowded.spf.test include:d1.spf.test -all";

    SpfEvaluation evaluation = evaluate("x.spf.test", record);
    List<Finding> findings = findings("x.spf.test", record);

    assertThat(evaluation.lookups()).isEqualTo(10);
    assertThat(findings)
        .extracting(Finding::code)
        .contains(FindingCode.SPF_MX_TOO_MANY_NAMES)
        .doesNotContain(FindingCode.SPF_TOO_MANY_LOOKUPS);
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
  @DisplayName(
      "a chain of includes stops at the eleventh: it is never asked, and the finding says more"
          + " than 10")
  void chainStopsAtTheLimit() {
    server.resetLog();

    SpfEvaluation evaluation = evaluate("c1.spf.test", "v=spf1 include:c2.spf.test -all");

    assertThat(evaluation.truncated()).isTrue();
    assertThat(evaluation.complete()).isFalse();
    assertThat(
            only(
                    SpfFindings.of((SpfRecord) SpfRecord.parse("v=spf1 -all"), evaluation),
                    FindingCode.SPF_TOO_MANY_LOOKUPS)
                .params())
        .containsEntry("count", ">10")
        .containsEntry("lookupsKey", "reason.spf.lookups_over")
        .containsEntry("heaviest", "include:c2.spf.test");
    assertThat(server.queries())
        .extracting(ZoneServer.Query::name)
        .contains("c11.spf.test.")
        .doesNotContain("c12.spf.test.", "c13.spf.test.");
  }

  @Test
  @DisplayName(
      "a record of 72 includes costs ten questions, not hundreds, and is reported as more than 10")
  void wideTreeStopsAtTheLimit() {
    server.resetLog();

    List<Finding> findings =
        findings(
            "wide.spf.test",
            "v=spf1 "
                + IntStream.rangeClosed(1, 8)
                    .mapToObj(i -> "include:w" + i + ".spf.test")
                    .collect(Collectors.joining(" "))
                + " -all");

    assertThat(server.queries()).hasSizeLessThanOrEqualTo(10);
    assertThat(only(findings, FindingCode.SPF_TOO_MANY_LOOKUPS).param("lookupsKey"))
        .isEqualTo("reason.spf.lookups_over");
  }

  @Test
  @DisplayName(
      "once three lookups found nothing, the includes below are not asked: the record already"
          + " fails")
  void voidLookupsStopTheWalk() {
    server.resetLog();

    List<Finding> findings = findings("v.spf.test", "v=spf1 include:vd1.spf.test -all");

    assertThat(only(findings, FindingCode.SPF_TOO_MANY_VOID_LOOKUPS).param("count")).isEqualTo("3");
    assertThat(server.queries())
        .extracting(ZoneServer.Query::name)
        .contains("vd2.spf.test.")
        .doesNotContain("vd3.spf.test.");
    assertThat(findings).extracting(Finding::code).doesNotContain(FindingCode.SPF_VALID);
  }

  @Test
  @DisplayName("a record over the limit by plain terms only is counted exactly: 12 lookups")
  void exactCountWhenOnlyLeavesAreLeft() {
    String record = "v=spf1 " + "exists:mail.spf.test a:deep.spf.test ".repeat(6) + "-all";

    Finding tooMany = only(findings("e.spf.test", record), FindingCode.SPF_TOO_MANY_LOOKUPS);

    assertThat(tooMany.params())
        .containsEntry("count", "12")
        .containsEntry("lookupsKey", "reason.spf.lookups_counted");
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

  @ParameterizedTest(name = "{0} is permissive: {2}")
  @CsvSource({
    "v=spf1 mx +all,      +all, reason.spf.plus_all",
    "v=spf1 mx all,       all,  reason.spf.plus_all",
    "v=spf1 mx ?all,      ?all, reason.spf.neutral_all",
    "v=spf1 mx,           ?all, reason.spf.no_all",
  })
  @DisplayName("SPF_PERMISSIVE explains only the case found: +all, ?all, or no all and no redirect")
  void permissiveCases(String record, String all, String key) {
    Finding permissive = SpfFindings.permissive((SpfRecord) SpfRecord.parse(record)).orElseThrow();

    assertThat(permissive.params()).containsEntry("all", all).containsEntry("endingKey", key);
  }

  @ParameterizedTest(name = "{0} is not permissive")
  @ValueSource(strings = {"v=spf1 redirect=x.spf.test", "v=spf1 mx ~all", "v=spf1 mx -all"})
  @DisplayName("a record ending with ~all, -all or a redirect is not permissive")
  void notPermissive(String record) {
    assertThat(SpfFindings.permissive((SpfRecord) SpfRecord.parse(record))).isEmpty();
  }
}
