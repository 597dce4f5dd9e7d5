package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.core.Verdict;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.DemoWorld;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When DNS misbehaves, the agent still gets a report that says what could not be checked. */
@DisplayName("/mx when DNS misbehaves")
class FaultsTest {

  private static DemoWorld world;

  @BeforeAll
  static void startWorld() throws Exception {
    world = DemoWorld.start(config -> config.withDeadline(Duration.ofSeconds(2)));
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  @AfterEach
  void clearFaults() {
    world.server.clearFaults();
  }

  private static Report diagnose(String domain) {
    return world
        .app
        .get(Diagnosis.class)
        .diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @Test
  @DisplayName("a truncated UDP answer is fetched again over TCP and the report is complete")
  void truncatedOverTcp() {
    world.server.inject("ovh-customer.it", RecordType.MX, Fault.truncate());
    world.server.resetLog();

    Report report = diagnose("ovh-customer.it");

    assertThat(codes(report))
        .contains(FindingCode.MX_HOME_CURRENT)
        .doesNotContain(FindingCode.DNS_TIMEOUT);
    assertThat(world.server.queries())
        .filteredOn(
            q ->
                q.name().equals("ovh-customer.it.")
                    && q.type() == RecordType.MX
                    && q.recursionDesired())
        .extracting(ZoneServer.Query::transport)
        .containsExactly(ZoneServer.Transport.UDP, ZoneServer.Transport.TCP);
  }

  @Test
  @DisplayName("a SERVFAIL for the domain is reported as a failed lookup, not as missing records")
  void servfail() {
    world.server.inject("ovh-customer.it", null, Fault.servfail());

    Report report = diagnose("ovh-customer.it");

    assertThat(codes(report))
        .contains(FindingCode.DOMAIN_LOOKUP_FAILED)
        .doesNotContain(FindingCode.SPF_NONE, FindingCode.DMARC_NONE, FindingCode.MX_NONE);
    assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
  }

  @Test
  @Timeout(60)
  @DisplayName("an MX lookup that never answers gives a partial report, naming MX as not checked")
  void mxNeverAnswers() {
    world.server.inject("ovh-customer.it", RecordType.MX, Fault.drop());

    // The MX answer is dropped: a report at all is the deadline's doing.
    Report report = diagnose("ovh-customer.it");

    Finding timeout =
        report.findings().stream()
            .filter(f -> f.code() == FindingCode.DNS_TIMEOUT)
            .findFirst()
            .orElseThrow();
    assertThat(timeout.param("unanswered")).contains("MX ovh-customer.it");
    assertThat(codes(report))
        .contains(
            FindingCode.ZONE_AT_HOME_PROVIDER, FindingCode.SPF_VALID, FindingCode.DMARC_VALID);
  }

  @Test
  @DisplayName("no question is asked twice in one report")
  void noDuplicateQuestions() {
    world.server.resetLog();

    diagnose("ovh-customer.it");

    Map<String, Long> counts =
        world.server.queries().stream()
            .filter(q -> q.transport() == ZoneServer.Transport.UDP)
            .collect(
                Collectors.groupingBy(
                    q -> q.type() + " " + q.name() + (q.recursionDesired() ? " (RD)" : " (direct)"),
                    HashMap::new,
                    Collectors.counting()));
    assertThat(counts)
        .isNotEmpty()
        .allSatisfy((question, count) -> assertThat(count).as(question).isEqualTo(1L));
  }
}
