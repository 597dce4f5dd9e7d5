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
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.DemoWorld;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A hostile zone cannot turn one /mx into a flood of DNS questions. */
@DisplayName("/mx on zones built to make mxbot flood")
class QueryBudgetTest {

  private static String zone(String origin, String body) {
    return "$ORIGIN "
        + origin
        + "\n$TTL 300\n@ SOA ns1.flood.it. h.flood.it. 1 3600 600 86400 300\n"
        + body;
  }

  @Test
  @DisplayName("a zone with 1,000 MX hosts gets at most the budget of questions, and says so")
  void manyMxHosts() throws Exception {
    StringBuilder body = new StringBuilder("@ NS ns1.flood.it.\nns1 A 127.0.0.1\n");
    for (int i = 0; i < 1000; i++) {
      body.append("@ MX ").append(i).append(" h").append(i).append(".flood.it.\n");
    }
    try (ZoneServer server = serve(body.toString())) {
      Report report = diagnose(server, "flood.it");

      Finding partial =
          report.findings().stream()
              .filter(f -> f.code() == FindingCode.DNS_TIMEOUT)
              .findFirst()
              .orElseThrow();
      assertThat(partial.param("unanswered")).contains("DNS questions: the rest were not sent");
      assertThat(server.queries().size())
          .as("a few retries over TCP count twice")
          .isLessThanOrEqualTo(1500 + 10);
      assertThat(report.records().mx()).hasSize(1000);
    }
  }

  @Test
  @DisplayName("a zone listing 40 nameservers has at most 16 of their addresses asked directly")
  void manyNameservers() throws Exception {
    StringBuilder body = new StringBuilder("@ MX 10 mx.flood.it.\nmx A 5.196.1.1\n");
    for (int i = 0; i < 40; i++) {
      body.append("@ NS ns").append(i).append(".flood.it.\nns").append(i).append(" A 127.0.0.1\n");
    }
    try (ZoneServer server = serve(body.toString())) {
      diagnose(server, "flood.it");

      long direct = server.queries().stream().filter(q -> !q.recursionDesired()).count();
      assertThat(direct).isLessThanOrEqualTo(16 * 2 + 3);
    }
  }

  @Test
  @DisplayName(
      "an SPF record of 72 includes and an mx with 30 MX names costs ten SPF lookups, not hundreds")
  void hostileSpf() throws Exception {
    StringBuilder body =
        new StringBuilder("@ NS ns1.flood.it.\nns1 A 127.0.0.1\n@ MX 10 ns1.flood.it.\n");
    StringBuilder root = new StringBuilder("v=spf1 mx:crowd.flood.it");
    for (int i = 1; i <= 30; i++) {
      body.append("crowd MX ").append(i).append(" h").append(i).append(".crowd.flood.it.\n");
    }
    for (int i = 1; i <= 8; i++) {
      root.append(" include:b").append(i).append(".spf.flood.it");
      StringBuilder branch = new StringBuilder("v=spf1");
      for (int j = 1; j <= 8; j++) {
        String leaf = "l" + i + "x" + j + ".spf";
        branch.append(" include:").append(leaf).append(".flood.it");
        body.append(leaf).append(" TXT \"v=spf1 a:h.").append(leaf).append(".flood.it -all\"\n");
      }
      body.append("b").append(i).append(".spf TXT \"").append(branch).append(" ~all\"\n");
    }
    body.append("@ TXT \"").append(root).append(" ~all\"\n");
    try (ZoneServer server = serve(body.toString())) {
      Report report = diagnose(server, "flood.it");

      List<String> spfQuestions =
          server.queries().stream()
              .map(ZoneServer.Query::name)
              .filter(name -> name.endsWith(".spf.flood.it.") || name.contains("crowd.flood.it."))
              .toList();
      assertThat(spfQuestions)
          .as("one MX question for crowd, then TXT b1..b8, l1x1, l1x2")
          .hasSizeLessThanOrEqualTo(10)
          .doesNotContain("h1.crowd.flood.it.", "l8x8.spf.flood.it.");
      assertThat(finding(report, FindingCode.SPF_TOO_MANY_LOOKUPS).param("lookupsKey"))
          .isEqualTo("reason.spf.lookups_over");
      assertThat(finding(report, FindingCode.SPF_MX_TOO_MANY_NAMES).params())
          .containsEntry("domain", "crowd.flood.it")
          .containsEntry("count", "30");
      assertThat(server.queries()).as("the whole diagnosis").hasSizeLessThanOrEqualTo(40);
    }
  }

  private static Finding finding(Report report, FindingCode code) {
    return report.findings().stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " in " + report.findings()));
  }

  /** The zone {@code flood.it} with {@code records}, served on loopback. */
  private static ZoneServer serve(String records) throws Exception {
    return ZoneServer.builder()
        .address("127.0.0.1")
        .port(0)
        .zone("flood.it.", zone("flood.it.", records))
        .start();
  }

  private static Report diagnose(ZoneServer server, String domain) {
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    try (Bootstrap app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(server.socketAddress()))
                    .withAuthoritativePort(server.port())
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(5)))) {
      return app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
    }
  }
}
