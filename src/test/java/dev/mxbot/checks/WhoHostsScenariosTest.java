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
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who hosts the mail and the zone, on ordinary zones that once drew false findings: servers the
 * catalog does not know, backups, aliases, a null MX beside a real one, nameservers of two hosts.
 * The demo zones are served with a few test-only ones beside them.
 */
@DisplayName("/mx names who hosts the mail and the zone")
class WhoHostsScenariosTest {

  private static final Path ZONES = Path.of("bot-config/demo/zones");

  private static final String SOA =
      "$TTL 3600\n@ SOA dns109.ovh.net. hostmaster.test. 2026112601 86400 3600 3600000 300\n";

  /** Self-hosted DNS and a mail gateway: servers the catalog does not know. */
  private static final String OTHER_DNS =
      "$ORIGIN other-dns.net.\n" + SOA + "@ NS ns1.other-dns.net.\nns1 A 127.0.0.1\n";

  private static final String MIMECAST =
      "$ORIGIN mimecast.com.\n"
          + SOA
          + "@ NS ns1.other-dns.net.\n"
          + "eu-smtp-inbound-1 A 91.220.42.1\n"
          + "eu-smtp-inbound-2 A 91.220.42.2\n";

  private static String customer(String origin, String ns, String mx) {
    return "$ORIGIN "
        + origin
        + "\n"
        + SOA
        + ns
        + mx
        + "mx A 5.196.110.3\n"
        + "@ TXT \"v=spf1 mx ~all\"\n"
        + "_dmarc TXT \"v=DMARC1; p=quarantine\"\n";
  }

  private static final String AT_OVH = "@ NS dns109.ovh.net.\n@ NS ns109.ovh.net.\n";

  private static final String GATEWAY =
      customer(
          "gateway.it.",
          AT_OVH,
          "@ MX 10 eu-smtp-inbound-1.mimecast.com.\n@ MX 10 eu-smtp-inbound-2.mimecast.com.\n");
  private static final String TWO_HOSTS =
      customer(
          "two-hosts.it.", AT_OVH, "@ MX 10 mx.two-hosts.it.\n@ MX 10 backup-mx.example.net.\n");
  private static final String NS_OVH_AND_OTHER =
      customer(
          "ns-ovh-other.it.",
          "@ NS dns109.ovh.net.\n@ NS ns1.other-dns.net.\n",
          "@ MX 10 mx.ns-ovh-other.it.\n");
  private static final String NS_CLOUDFLARE_AND_OTHER =
      customer(
          "ns-cf-other.it.",
          "@ NS ada.ns.cloudflare.com.\n@ NS ns1.other-dns.net.\n",
          "@ MX 10 mx.ns-cf-other.it.\n");

  private static ZoneServer server;
  private static Bootstrap app;

  @BeforeAll
  static void start() throws Exception {
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1").port(0);
    try (Stream<Path> files = Files.list(ZONES)) {
      files
          .filter(p -> p.toString().endsWith(".zone") && !p.endsWith("it.zone"))
          .forEach(builder::zone);
    }
    String it =
        Files.readString(ZONES.resolve("it.zone"), StandardCharsets.UTF_8)
            + "gateway NS dns109.ovh.net.\ngateway NS ns109.ovh.net.\n"
            + "two-hosts NS dns109.ovh.net.\ntwo-hosts NS ns109.ovh.net.\n"
            + "ns-ovh-other NS dns109.ovh.net.\nns-ovh-other NS ns1.other-dns.net.\n"
            + "ns-cf-other NS ada.ns.cloudflare.com.\nns-cf-other NS ns1.other-dns.net.\n";
    builder
        .zone("it.", it)
        .zone("other-dns.net.", OTHER_DNS)
        .zone("mimecast.com.", MIMECAST)
        .zone("gateway.it.", GATEWAY)
        .zone("two-hosts.it.", TWO_HOSTS)
        .zone("ns-ovh-other.it.", NS_OVH_AND_OTHER)
        .zone("ns-cf-other.it.", NS_CLOUDFLARE_AND_OTHER);
    server = builder.start();
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    app =
        Bootstrap.start(
            options,
            c ->
                c.withResolvers(List.of(server.socketAddress()))
                    .withAuthoritativePort(server.port())
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(3)));
  }

  @AfterAll
  static void stop() {
    app.close();
    server.close();
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

  @Test
  @DisplayName(
      "/mx mx-self-hosted.it: the customer's own mx1 and mx2 and an ISP's backup are no mix")
  void selfHostedWithBackup() {
    Report report = diagnose("mx-self-hosted.it");

    assertThat(codes(report)).doesNotContain(FindingCode.MX_MIXED_PROVIDERS);
    Finding other = only(report, FindingCode.MX_OTHER_PROVIDER);
    assertThat(other.param("provider")).isEqualTo("mx-self-hosted.it, example.net");
    assertThat(report.mailProvider()).isNull();
  }

  @Test
  @DisplayName("/mx gateway.it: two servers of one mail gateway (Mimecast) are one provider")
  void gatewayServersAreOneProvider() {
    Report report = diagnose("gateway.it");

    assertThat(codes(report)).doesNotContain(FindingCode.MX_MIXED_PROVIDERS);
    assertThat(only(report, FindingCode.MX_OTHER_PROVIDER).param("provider"))
        .isEqualTo("mimecast.com");
  }

  @Test
  @DisplayName("/mx two-hosts.it: servers of two unknown domains at the same preference are a mix")
  void twoUnknownHostsAtTheSamePreferenceAreMixed() {
    Report report = diagnose("two-hosts.it");

    assertThat(only(report, FindingCode.MX_MIXED_PROVIDERS).param("providers"))
        .isEqualTo("example.net, two-hosts.it");
    assertThat(codes(report)).doesNotContain(FindingCode.MX_OTHER_PROVIDER);
  }

  @Test
  @DisplayName("/mx mixed-mx.it: OVHcloud and Google, even at different preferences, are a mix")
  void recognisedProvidersStayMixed() {
    assertThat(only(diagnose("mixed-mx.it"), FindingCode.MX_MIXED_PROVIDERS).param("providers"))
        .isEqualTo("OVHcloud, Google Workspace");
  }

  @Test
  @DisplayName("/mx mx-alias.it: an alias of an OVHcloud MX server is OVHcloud, and still an alias")
  void aliasOfAProviderServer() {
    Report report = diagnose("mx-alias.it");

    assertThat(report.mailProvider()).isNotNull();
    assertThat(report.mailProvider().id()).isEqualTo("ovhcloud");
    assertThat(codes(report))
        .doesNotContain(FindingCode.MX_OTHER_PROVIDER, FindingCode.MX_MIXED_PROVIDERS);
    assertThat(only(report, FindingCode.MX_TARGET_ALIAS).param("target"))
        .isEqualTo("mx1.mail.ovh.net");
  }

  @Test
  @DisplayName("/mx null-mx-mixed.it: the real OVHcloud MX beside the null MX is still OVHcloud's")
  void nullMxBesideARealOne() {
    Report report = diagnose("null-mx-mixed.it");

    assertThat(codes(report)).contains(FindingCode.MX_NULL_WITH_OTHERS);
    assertThat(report.mailProvider()).isNotNull();
    assertThat(report.mailProvider().id()).isEqualTo("ovhcloud");
  }

  @Test
  @DisplayName(
      "/mx ns-lame.it: OVHcloud hosts the zone; the lame other nameserver is named, not the host")
  void homeNameserverBesideALameUnknownOne() {
    Report report = diagnose("ns-lame.it");

    assertThat(report.dnsHost()).isNotNull();
    assertThat(report.dnsHost().id()).isEqualTo("ovhcloud");
    assertThat(codes(report)).doesNotContain(FindingCode.ZONE_AT_OTHER_PROVIDER);
    Finding home = only(report, FindingCode.ZONE_AT_HOME_PROVIDER);
    assertThat(home.params())
        .containsEntry("nameservers", "dns109.ovh.net")
        .containsEntry("others", "ns1.retired-dns.it")
        .containsEntry("adviceKey", "zone.home.with_others");
    assertThat(only(report, FindingCode.NS_LAME).param("nameserver"))
        .isEqualTo("ns1.retired-dns.it");
  }

  @ParameterizedTest(name = "lang={0}")
  @ValueSource(strings = {"en", "it", "fr", "de", "es", "pl", "pt"})
  @DisplayName(
      "/mx ns-lame.it reads 'hosted at OVHcloud' and names the other server, in every language")
  void homeNameserverBesideAnotherInWords(String lang) {
    String text = app.get(PlainTextRenderer.class).render(diagnose("ns-lame.it"), lang);

    String zoneLine =
        text.lines().filter(l -> l.contains("(dns109.ovh.net)")).findFirst().orElseThrow();
    assertThat(zoneLine)
        .contains("OVHcloud")
        .contains("ns1.retired-dns.it")
        .doesNotContain("ovh.net (")
        .doesNotContain("dns109.ovh.net, ns1.retired-dns.it")
        .doesNotContain("{");
  }

  @Test
  @DisplayName(
      "/mx ns-lame.it: the DNS host line never says the other server answers, since the"
          + " nameserver finding of the same report says it does not: resolvers ask it")
  void lameOtherNameserverIsNotSaidToAnswer() {
    String text = app.get(PlainTextRenderer.class).render(diagnose("ns-lame.it"), "en");

    String zoneLine =
        text.lines().filter(l -> l.contains("(dns109.ovh.net)")).findFirst().orElseThrow();
    assertThat(zoneLine)
        .contains("Resolvers ask each of them too")
        .doesNotContainIgnoringCase("answers for the zone");
    assertThat(text).contains("ns1.retired-dns.it does not answer for the zone");
  }

  @Test
  @DisplayName(
      "/mx ns-ovh-other.it: dns109.ovh.net beside a working unknown nameserver is OVHcloud")
  void homeNameserverBesideAWorkingUnknownOne() {
    Report report = diagnose("ns-ovh-other.it");

    assertThat(report.dnsHost().id()).isEqualTo("ovhcloud");
    assertThat(only(report, FindingCode.ZONE_AT_HOME_PROVIDER).param("others"))
        .isEqualTo("ns1.other-dns.net");
    assertThat(codes(report))
        .doesNotContain(FindingCode.ZONE_AT_OTHER_PROVIDER, FindingCode.NS_LAME);
  }

  @Test
  @DisplayName("/mx ns-cf-other.it: Cloudflare beside an unknown nameserver is Cloudflare")
  void otherHostBesideAnUnknownNameserver() {
    Report report = diagnose("ns-cf-other.it");

    assertThat(report.dnsHost().id()).isEqualTo("cloudflare");
    assertThat(only(report, FindingCode.ZONE_AT_OTHER_PROVIDER).params())
        .containsEntry("host", "Cloudflare")
        .containsEntry("nameservers", "ada.ns.cloudflare.com")
        .containsEntry("others", "ns1.other-dns.net");
  }
}
