package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.core.Area;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.render.JsonRenderer;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A customer moving their mail: the zone's two nameservers already serve the new MX (and maybe the
 * new SPF), while the resolver still returns the old records from its cache. The "resolver" is an
 * in-process zone server holding the old zones, as a cache would; the nameservers hold the new
 * ones. Every server is on its own loopback address, all on one port, as nameservers are on 53.
 */
@DisplayName("/mx while a mail move is spreading gives advice for the new set-up")
class ChangeInProgressScenariosTest {

  private static final Path DEMO_ZONES = DemoWorld.CONFIG.resolve("demo").resolve("zones");
  private static final String RESOLVER = "127.0.0.41";
  private static final String NS1 = "127.0.0.42";
  private static final String NS2 = "127.0.0.43";
  private static final String NOBODY = "127.0.0.49";

  private static final String OVH_MX =
      "@ 3000 MX 1 mx0.mail.ovh.net.\n@ 3000 MX 5 mx1.mail.ovh.net.\n"
          + "@ 3000 MX 50 mx2.mail.ovh.net.\n@ 3000 MX 100 mx3.mail.ovh.net.\n"
          + "@ 3000 MX 200 mx4.mail.ovh.net.\n";
  private static final String GOOGLE_MX = "@ 3000 MX 1 smtp.google.com.\n";
  private static final String OVH_SPF = "@ 1800 TXT \"v=spf1 include:mx.ovh.com ~all\"\n";
  private static final String GOOGLE_SPF = "@ 1800 TXT \"v=spf1 include:_spf.google.com ~all\"\n";

  private static final List<ZoneServer> servers = new ArrayList<>();
  private static Bootstrap app;

  /** A customer zone delegated to {@code ns}; {@code _domainkey} exists, with no known selector. */
  private static String customer(String domain, String ns, String mx, String spf) {
    return "$ORIGIN "
        + domain
        + ".\n$TTL 3600\n@ SOA ns1.switch.it. hostmaster.switch.it. 1 3600 600 86400 300\n"
        + ns
        + mx
        + spf
        + "_dmarc TXT \"v=DMARC1; p=quarantine\"\n"
        + "other._domainkey TXT \"v=DKIM1; p=\"\n";
  }

  private static final String BOTH = "@ NS ns1.switch.it.\n@ NS ns2.switch.it.\n";
  private static final String DEAD = "@ NS ns9.switch.it.\n";

  /** Old (resolver) and new (nameservers) zones of each customer. */
  private static final String[][] CUSTOMERS = {
    // OVHcloud → Google, MX and SPF changed at the nameservers, both still cached.
    {
      customer("to-google.it", BOTH, OVH_MX, OVH_SPF),
      customer("to-google.it", BOTH, GOOGLE_MX, GOOGLE_SPF)
    },
    // The same move, where the resolver already refreshed the SPF but not the MX.
    {
      customer("spf-first.it", BOTH, OVH_MX, GOOGLE_SPF),
      customer("spf-first.it", BOTH, GOOGLE_MX, GOOGLE_SPF)
    },
    // Google → OVHcloud, the SPF not updated yet at the nameservers.
    {
      customer("to-ovh.it", BOTH, GOOGLE_MX, GOOGLE_SPF),
      customer("to-ovh.it", BOTH, OVH_MX, GOOGLE_SPF)
    },
    // An OVHcloud customer rewrote the SPF at the nameservers and dropped include:mx.ovh.com.
    {
      customer("spf-edit.it", BOTH, OVH_MX, OVH_SPF),
      customer("spf-edit.it", BOTH, OVH_MX, "@ TXT \"v=spf1 ip4:192.0.2.1 ~all\"\n")
    },
  };

  /** ns1 has the new MX, ns2 still the old: no change every nameserver agrees on. */
  private static final String SPLIT_OLD = customer("split.it", BOTH, OVH_MX, GOOGLE_SPF);

  private static final String SPLIT_NEW = customer("split.it", BOTH, GOOGLE_MX, GOOGLE_SPF);

  /** Its only nameserver answers nothing. */
  private static final String SILENT = customer("silent.it", DEAD, OVH_MX, GOOGLE_SPF);

  private static final String TLD =
      """
      $ORIGIN it.
      $TTL 86400
      @ SOA a.dns.it. hostmaster.nic.it. 1 10800 3600 604800 3600
      @ NS a.dns.it.
      a.dns.it. A %s
      switch NS ns1.switch.it.
      ns1.switch A %s
      ns2.switch A %s
      ns9.switch A %s
      to-google NS ns1.switch.it.
      to-google NS ns2.switch.it.
      spf-first NS ns1.switch.it.
      spf-first NS ns2.switch.it.
      to-ovh NS ns1.switch.it.
      to-ovh NS ns2.switch.it.
      spf-edit NS ns1.switch.it.
      spf-edit NS ns2.switch.it.
      split NS ns1.switch.it.
      split NS ns2.switch.it.
      silent NS ns9.switch.it.
      """
          .formatted(RESOLVER, NS1, NS2, NOBODY);

  private static final String SWITCH =
      """
      $ORIGIN switch.it.
      $TTL 3600
      @ SOA ns1.switch.it. hostmaster.switch.it. 1 3600 600 86400 300
      @ NS ns1.switch.it.
      ns1 A %s
      ns2 A %s
      ns9 A %s
      """
          .formatted(NS1, NS2, NOBODY);

  private static ZoneServer serve(String address, int port, List<String> zones, boolean providers)
      throws Exception {
    ZoneServerBuilder builder = ZoneServer.builder().address(address).port(port);
    for (String zone : zones) {
      builder.zone(zone.substring(8, zone.indexOf('\n')), zone);
    }
    if (providers) {
      for (String file : List.of("ovh.net.zone", "ovh.com.zone", "google.com.zone")) {
        builder.zone(DEMO_ZONES.resolve(file));
      }
    }
    ZoneServer server = builder.start();
    servers.add(server);
    return server;
  }

  @BeforeAll
  static void start() throws Exception {
    List<String> cached = new ArrayList<>(List.of(TLD, SWITCH, SPLIT_OLD, SILENT));
    List<String> served = new ArrayList<>();
    for (String[] customer : CUSTOMERS) {
      cached.add(customer[0]);
      served.add(customer[1]);
    }
    ZoneServer resolver = serve(RESOLVER, 0, cached, true);
    int port = resolver.port();
    served.add(SWITCH);
    serve(NS1, port, concat(served, SPLIT_NEW), false);
    serve(NS2, port, concat(served, SPLIT_OLD), false);
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(resolver.socketAddress()))
                    .withAuthoritativePort(port)
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(3)));
  }

  private static List<String> concat(List<String> zones, String more) {
    List<String> all = new ArrayList<>(zones);
    all.add(more);
    return all;
  }

  @AfterAll
  static void stop() {
    app.close();
    servers.forEach(ZoneServer::close);
  }

  private static Report diagnose(String domain) {
    return app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  private static Finding only(Report report, FindingCode code) {
    List<Finding> found = report.findings().stream().filter(f -> f.code() == code).toList();
    assertThat(found).as("findings: %s", report.findings()).hasSize(1);
    return found.get(0);
  }

  private static String text(Report report, String lang) {
    return app.get(PlainTextRenderer.class).render(report, lang);
  }

  @Test
  @DisplayName(
      "/mx to-google.it (OVHcloud MX and SPF still cached, Google's at the nameservers) names"
          + " Google Workspace, says the mail is moving, and never advises include:mx.ovh.com")
  void movingToGoogle() {
    Report report = diagnose("to-google.it");

    assertThat(report.mailProvider()).isNotNull();
    assertThat(report.mailProvider().id()).isEqualTo("google");
    assertThat(only(report, FindingCode.PROPAGATION_PENDING).params())
        .containsEntry("authoritative", "1 smtp.google.com")
        .containsEntry("remaining", "50 min")
        .containsEntry("from", "OVHcloud")
        .containsEntry("to", "Google Workspace");
    assertThat(codes(report))
        .contains(FindingCode.SPF_PROPAGATION_PENDING)
        .as("receivers still see the OVHcloud set and record")
        .contains(FindingCode.MX_HOME_CURRENT, FindingCode.SPF_VALID)
        .as("Google Workspace publishes no autoconfiguration records")
        .doesNotContain(
            FindingCode.SPF_MISSING_PROVIDER_INCLUDE,
            FindingCode.AUTOCONFIG_MISSING,
            FindingCode.AUTOCONFIG_OK);
    assertThat(report.records().mx()).hasSize(5);
    assertThat(only(report, FindingCode.DKIM_UNKNOWN).params())
        .containsEntry("selectors", "google")
        .containsEntry("pending", "MX");
    String text = text(report, "en");
    assertThat(text)
        .contains("Mail provider: Google Workspace")
        .contains("The mail is moving from OVHcloud to Google Workspace")
        .doesNotContain("Add include:mx.ovh.com");
  }

  @Test
  @DisplayName(
      "/mx spf-first.it (Google's SPF already seen, OVHcloud's MX still cached) does not advise"
          + " adding include:mx.ovh.com to the new record")
  void spfRefreshedBeforeTheMx() {
    Report report = diagnose("spf-first.it");

    assertThat(codes(report))
        .contains(FindingCode.PROPAGATION_PENDING, FindingCode.MX_HOME_CURRENT)
        .doesNotContain(
            FindingCode.SPF_MISSING_PROVIDER_INCLUDE, FindingCode.SPF_PROPAGATION_PENDING);
    assertThat(report.mailProvider().id()).isEqualTo("google");
    assertThat(text(report, "en")).doesNotContain("include:mx.ovh.com");
  }

  @Test
  @DisplayName(
      "/mx to-ovh.it (Google → OVHcloud, SPF not updated at the nameservers) advises OVHcloud's"
          + " include, saying it follows the nameservers")
  void movingToOvhcloud() {
    Report report = diagnose("to-ovh.it");

    assertThat(report.mailProvider().id()).isEqualTo("ovhcloud");
    assertThat(report.mailProvider().variant()).isEqualTo("current");
    assertThat(only(report, FindingCode.SPF_MISSING_PROVIDER_INCLUDE).params())
        .containsEntry("provider", "OVHcloud")
        .containsEntry("include", "include:mx.ovh.com")
        .containsEntry("record", "v=spf1 include:_spf.google.com ~all")
        .containsEntry("suggested", "v=spf1 include:_spf.google.com include:mx.ovh.com ~all")
        .containsEntry("pending", "MX");
    assertThat(only(report, FindingCode.AUTOCONFIG_MISSING).param("provider"))
        .isEqualTo("OVHcloud");
    assertThat(codes(report))
        .contains(FindingCode.PROPAGATION_PENDING, FindingCode.MX_OTHER_PROVIDER)
        .doesNotContain(FindingCode.SPF_PROPAGATION_PENDING);
    assertThat(text(report, "en"))
        .contains(
            "(This follows the new MX records the zone's nameservers already serve; resolvers"
                + " still return the old ones");
  }

  @Test
  @DisplayName(
      "/mx spf-edit.it (the nameservers' new SPF dropped include:mx.ovh.com, the old one is still"
          + " cached) asks for the include in the new record, while SPF_VALID describes the old one")
  void newSpfRecordLacksTheInclude() {
    Report report = diagnose("spf-edit.it");

    assertThat(only(report, FindingCode.SPF_MISSING_PROVIDER_INCLUDE).params())
        .containsEntry("record", "v=spf1 ip4:192.0.2.1 ~all")
        .containsEntry("suggested", "v=spf1 ip4:192.0.2.1 include:mx.ovh.com ~all")
        .containsEntry("pending", "SPF");
    assertThat(only(report, FindingCode.SPF_VALID).param("record"))
        .isEqualTo("v=spf1 include:mx.ovh.com ~all");
    assertThat(codes(report))
        .contains(FindingCode.SPF_PROPAGATION_PENDING, FindingCode.MX_HOME_CURRENT)
        .doesNotContain(FindingCode.PROPAGATION_PENDING);
    assertThat(report.records().spf()).containsExactly("v=spf1 include:mx.ovh.com ~all");
  }

  @ParameterizedTest(name = "lang={0}")
  @ValueSource(strings = {"en", "it", "fr", "de", "es", "pl", "pt"})
  @DisplayName("/mx to-ovh.it says the advice follows the nameservers in every language")
  void noteInEveryLanguage(String lang) {
    String text = text(diagnose("to-ovh.it"), lang);

    String include =
        text.lines().filter(l -> l.contains("include:mx.ovh.com")).findFirst().orElseThrow();
    assertThat(include).contains("MX").doesNotContain("{").doesNotContain("change.advice");
    String pending =
        text.lines()
            .filter(l -> l.contains("smtp.google.com") && l.contains("mx0.mail.ovh.net"))
            .findFirst()
            .orElseThrow();
    assertThat(pending.indexOf("Google Workspace"))
        .as("the mail moves from Google Workspace to OVHcloud: %s", pending)
        .isPositive()
        .isLessThan(pending.lastIndexOf("OVHcloud"));
    assertThat(pending).doesNotContain("{").doesNotContain("change.moves");
  }

  @Test
  @DisplayName(
      "/mx split.it (the nameservers disagree on the MX) keeps to the resolver's answers and says"
          + " nothing more")
  void nameserversDisagree() {
    Report report = diagnose("split.it");

    assertThat(report.mailProvider().id()).isEqualTo("ovhcloud");
    assertThat(codes(report))
        .contains(FindingCode.NS_SERIAL_MISMATCH)
        .doesNotContain(FindingCode.PROPAGATION_PENDING);
    Finding include = only(report, FindingCode.SPF_MISSING_PROVIDER_INCLUDE);
    assertThat(include.param("include")).isEqualTo("include:mx.ovh.com");
    assertThat(include.params()).doesNotContainKeys("noteKey", "pending");
    assertThat(report.findings()).noneMatch(f -> f.params().containsKey("noteKey"));
  }

  @Test
  @DisplayName(
      "/mx silent.it (no nameserver answers) keeps to the resolver's answers, and MX, SPF, DKIM"
          + " and autoconfiguration are still checked")
  void noNameserverAnswers() {
    Report report = diagnose("silent.it");
    JsonNode json = app.get(JsonRenderer.class).toJson(report, "en");

    assertThat(report.mailProvider().id()).isEqualTo("ovhcloud");
    assertThat(only(report, FindingCode.SPF_MISSING_PROVIDER_INCLUDE).params())
        .doesNotContainKey("noteKey");
    assertThat(report.unchecked())
        .doesNotContain(Area.MX, Area.SPF, Area.DKIM, Area.AUTOCONFIG, Area.DMARC);
    assertThat(json.get("mailProvider").get("id").asText()).isEqualTo("ovhcloud");
  }
}
