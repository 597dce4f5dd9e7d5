package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import dev.mxbot.checks.dane.TlsaMatch;
import dev.mxbot.core.Area;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.reply.CustomerReplies;
import dev.mxbot.testing.ChecksOn;
import dev.mxbot.testing.FakeSmtpServer;
import dev.mxbot.testing.FakeSmtpServer.Behaviour;
import dev.mxbot.testing.TestCertificates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMTP/STARTTLS probe (issue 19) against in-process SMTP servers on 127.0.0.x (real sockets,
 * real TLS with certificates of a test CA), with an in-process zone server as the resolver: one row
 * per thing a sending server can meet at an MX, the control host, the switch, special-purpose
 * addresses, DANE match and mismatch, and hostile replies.
 */
@DisplayName("SMTP probe: STARTTLS, certificates, DANE, control host, hostile servers")
class SmtpProbeScenariosTest {

  @TempDir static Path dir;

  private static ZoneServer dns;
  private static DnsjavaDns client;
  private static DnsjavaDns privateRefused;
  private static final List<FakeSmtpServer> servers = new ArrayList<>();
  private static int port;
  private static FakeSmtpServer okServer;
  private static Injector probing;

  /** A zone {@code origin} whose MX host {@code mx.<origin>} has {@code address}. */
  private static String zone(String origin, String address, String... records) {
    return "$ORIGIN "
        + origin
        + "\n$TTL 3600\n@ SOA ns1."
        + origin
        + " hostmaster."
        + origin
        + " 1 3600 600 86400 300\n@ NS ns1."
        + origin
        + "\nns1 A 127.0.0.1\n@ MX 10 mx."
        + origin
        + "\nmx A "
        + address
        + "\n"
        + String.join("\n", records)
        + "\n";
  }

  private static FakeSmtpServer serve(String address, Behaviour behaviour, Path keyStore) {
    FakeSmtpServer server = FakeSmtpServer.start(address, port, behaviour, keyStore);
    port = server.port();
    servers.add(server);
    return server;
  }

  private static X509Certificate certificate(String name) throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve(name + ".crt"))) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    TestCertificates certificates = TestCertificates.in(dir);
    certificates.authority("test-ca");
    certificates.authority("other-ca");
    okServer =
        serve(
            "127.0.0.2",
            Behaviour.STARTTLS,
            certificates.server("ok", "test-ca", List.of("mx.ok.it")));
    serve("127.0.0.3", Behaviour.NO_STARTTLS, null);
    serve(
        "127.0.0.4",
        Behaviour.STARTTLS,
        certificates.server("expired", "test-ca", List.of("mx.expired.it"), "-10d"));
    serve(
        "127.0.0.5",
        Behaviour.STARTTLS,
        certificates.server("wrongname", "test-ca", List.of("mail.elsewhere.it")));
    serve(
        "127.0.0.6",
        Behaviour.STARTTLS,
        certificates.server("untrusted", "other-ca", List.of("mx.untrusted.it")));
    serve("127.0.0.7", Behaviour.SILENT, null);
    // 127.0.0.8: nobody listens (connection refused)
    serve("127.0.0.9", Behaviour.HUGE_LINE, null);
    serve("127.0.0.10", Behaviour.ENDLESS_REPLY, null);
    serve("127.0.0.11", Behaviour.DRIP, null);
    serve(
        "127.0.0.12",
        Behaviour.STARTTLS,
        certificates.server("danematch", "other-ca", List.of("mx.dane-match.it")));
    serve(
        "127.0.0.13",
        Behaviour.STARTTLS,
        certificates.server("danemismatch", "test-ca", List.of("mx.dane-mismatch.it")));
    serve("127.0.0.14", Behaviour.NO_STARTTLS, null);
    serve("127.0.0.15", Behaviour.EHLO_REFUSED, null);
    serve("127.0.0.20", Behaviour.NO_STARTTLS, null); // the control host

    String matching = TlsaMatch.data(certificate("danematch"), 1, 1);
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1").port(0);
    builder.zone("ok.it.", zone("ok.it.", "127.0.0.2"));
    builder.zone("nostarttls.it.", zone("nostarttls.it.", "127.0.0.3"));
    builder.zone("ehlorefused.it.", zone("ehlorefused.it.", "127.0.0.15"));
    builder.zone("expired.it.", zone("expired.it.", "127.0.0.4"));
    builder.zone("wrongname.it.", zone("wrongname.it.", "127.0.0.5"));
    builder.zone("untrusted.it.", zone("untrusted.it.", "127.0.0.6"));
    builder.zone("silent.it.", zone("silent.it.", "127.0.0.7"));
    builder.zone("refused.it.", zone("refused.it.", "127.0.0.8"));
    builder.zone("hugeline.it.", zone("hugeline.it.", "127.0.0.9"));
    builder.zone("endless.it.", zone("endless.it.", "127.0.0.10"));
    builder.zone("drip.it.", zone("drip.it.", "127.0.0.11"));
    builder.zone(
        "dane-match.it.",
        zone("dane-match.it.", "127.0.0.12", "_25._tcp.mx TLSA 3 1 1 " + matching));
    builder.authenticatedData("dane-match.it.");
    builder.zone(
        "dane-mismatch.it.",
        zone(
            "dane-mismatch.it.",
            "127.0.0.13",
            "_25._tcp.mx TLSA 3 1 1 " + "0123456789ABCDEF".repeat(4)));
    builder.authenticatedData("dane-mismatch.it.");
    builder.zone(
        "dane-notls.it.",
        zone("dane-notls.it.", "127.0.0.14", "_25._tcp.mx TLSA 3 1 1 " + matching));
    builder.authenticatedData("dane-notls.it.");
    dns = builder.start();
    client =
        new DnsjavaDns(
            DnsSettings.using(List.of(dns.socketAddress())).withPrivateAddressesAllowed(true));
    privateRefused = new DnsjavaDns(DnsSettings.using(List.of(dns.socketAddress())));
    probing = injector(client, "127.0.0.20");
  }

  @AfterAll
  static void stop() {
    servers.forEach(FakeSmtpServer::close);
    client.close();
    privateRefused.close();
    dns.close();
  }

  /** Every check, the probe on with a 2 s timeout, trusting the test CA. */
  private static Injector injector(DnsjavaDns dnsClient, String controlHost) {
    return injector(dnsClient, controlHost, Duration.ofSeconds(2), Duration.ofSeconds(8));
  }

  private static Injector injector(
      DnsjavaDns dnsClient, String controlHost, Duration timeout, Duration deadline) {
    SmtpSettings settings =
        new SmtpSettings(
            true,
            port,
            timeout,
            "probe.mxbot.test",
            Optional.of(controlHost),
            Optional.of(dir.resolve("test-ca.pem")));
    Module smtp =
        binder ->
            OptionalBinder.newOptionalBinder(binder, SmtpSettings.class)
                .setBinding()
                .toInstance(settings);
    return ChecksOn.injector(dnsClient, deadline, smtp);
  }

  private static Report diagnose(Injector injector, String domain) {
    return injector
        .getInstance(Diagnosis.class)
        .diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static List<Finding> inArea(Report report, Area area) {
    return report.findings().stream().filter(f -> f.area() == area).toList();
  }

  private static Finding only(Report report, FindingCode code) {
    List<Finding> found = inArea(report, code.area());
    assertThat(found).as("%s findings of %s", code.area(), report.findings()).hasSize(1);
    assertThat(found.get(0).code()).isEqualTo(code);
    return found.get(0);
  }

  @Test
  @DisplayName("STARTTLS with a valid certificate for the MX name: SMTP_OK, and no mail offered")
  void ok() {
    Report report = diagnose(probing, "ok.it");

    assertThat(only(report, FindingCode.SMTP_OK).params())
        .containsEntry("host", "mx.ok.it")
        .containsEntry("address", "127.0.0.2");
    assertThat(report.unchecked()).doesNotContain(Area.SMTP);
    assertThat(okServer.commands())
        .anyMatch(c -> c.equals("EHLO probe.mxbot.test"))
        .contains("STARTTLS", "QUIT")
        .noneMatch(c -> c.toUpperCase(java.util.Locale.ROOT).startsWith("MAIL"))
        .noneMatch(c -> c.toUpperCase(java.util.Locale.ROOT).startsWith("RCPT"));
  }

  @Test
  @DisplayName("EHLO without STARTTLS: SMTP_NO_STARTTLS, not offered")
  void noStartTls() {
    Report report = diagnose(probing, "nostarttls.it");

    assertThat(only(report, FindingCode.SMTP_NO_STARTTLS).params())
        .containsEntry("host", "mx.nostarttls.it")
        .containsEntry("reasonKey", "smtp.notls.not_offered");
  }

  @Test
  @DisplayName("EHLO refused (502): SMTP_NO_STARTTLS saying EHLO is refused, not 'not offered'")
  void ehloRefused() {
    Report report = diagnose(probing, "ehlorefused.it");

    assertThat(only(report, FindingCode.SMTP_NO_STARTTLS).params())
        .containsEntry("host", "mx.ehlorefused.it")
        .containsEntry("reasonKey", "smtp.notls.ehlo_refused");
  }

  @Test
  @DisplayName("an expired certificate: SMTP_CERT_INVALID, expired")
  void expired() {
    assertThat(only(diagnose(probing, "expired.it"), FindingCode.SMTP_CERT_INVALID).params())
        .containsEntry("reasonKey", "smtp.cert.expired");
  }

  @Test
  @DisplayName("a certificate for another name: SMTP_CERT_INVALID, wrong name")
  void wrongName() {
    assertThat(only(diagnose(probing, "wrongname.it"), FindingCode.SMTP_CERT_INVALID).params())
        .containsEntry("reasonKey", "smtp.cert.name");
  }

  @Test
  @DisplayName("a certificate of an authority nobody trusts: SMTP_CERT_INVALID, untrusted")
  void untrusted() {
    assertThat(only(diagnose(probing, "untrusted.it"), FindingCode.SMTP_CERT_INVALID).params())
        .containsEntry("reasonKey", "smtp.cert.untrusted");
  }

  @Test
  @DisplayName("a banner that never comes: SMTP_UNREACHABLE after smtp.timeout, report complete")
  void silent() {
    Report report = diagnose(probing, "silent.it");

    assertThat(only(report, FindingCode.SMTP_UNREACHABLE).params())
        .containsEntry("reasonKey", "smtp.unreachable.no_banner");
    assertThat(report.unchecked()).doesNotContain(Area.SMTP);
  }

  @Test
  @DisplayName("a banner dripping one byte at a time: cut off at smtp.timeout, SMTP_UNREACHABLE")
  void drip() {
    Report report = diagnose(probing, "drip.it");

    assertThat(only(report, FindingCode.SMTP_UNREACHABLE).params())
        .containsEntry("reasonKey", "smtp.unreachable.no_banner");
  }

  @Test
  @DisplayName(
      "a silent server, and the report's deadline before smtp.timeout: smtp not checked, no"
          + " finding")
  void deadlineFirst() {
    Report report =
        diagnose(
            injector(client, "127.0.0.20", Duration.ofSeconds(30), Duration.ofSeconds(3)),
            "silent.it");

    assertThat(inArea(report, Area.SMTP)).isEmpty();
    assertThat(report.unchecked()).contains(Area.SMTP);
  }

  @Test
  @DisplayName("connection refused: SMTP_UNREACHABLE, refused")
  void refused() {
    assertThat(only(diagnose(probing, "refused.it"), FindingCode.SMTP_UNREACHABLE).params())
        .containsEntry("host", "mx.refused.it")
        .containsEntry("addresses", "127.0.0.8")
        .containsEntry("reasonKey", "smtp.unreachable.refused");
  }

  @Test
  @DisplayName("a megabyte reply line, and a reply of 100 000 lines: not SMTP, read within caps")
  void hostileReplies() {
    assertThat(only(diagnose(probing, "hugeline.it"), FindingCode.SMTP_UNREACHABLE).params())
        .containsEntry("reasonKey", "smtp.unreachable.broken");
    assertThat(only(diagnose(probing, "endless.it"), FindingCode.SMTP_UNREACHABLE).params())
        .containsEntry("reasonKey", "smtp.unreachable.broken");
  }

  @Test
  @DisplayName("the control host unreachable too: smtp not checked, SMTP_NOT_CHECKED, no blame")
  void controlUnreachable() {
    Report report = diagnose(injector(client, "127.0.0.8"), "ok.it");

    assertThat(only(report, FindingCode.SMTP_NOT_CHECKED).params())
        .containsEntry("control", "127.0.0.8");
    assertThat(report.unchecked()).contains(Area.SMTP);
    assertThat(report.complete()).isFalse();
  }

  @Test
  @DisplayName("smtp.probe off: no SMTP finding, smtp not unchecked, no connection made")
  void switchedOff() {
    int before = okServer.connections();
    Report report = diagnose(ChecksOn.injector(client, Duration.ofSeconds(8)), "ok.it");

    assertThat(inArea(report, Area.SMTP)).isEmpty();
    assertThat(report.unchecked()).doesNotContain(Area.SMTP);
    assertThat(okServer.connections()).isEqualTo(before);
  }

  @Test
  @DisplayName("no smtp.controlHost: the home provider's first current MX, from bot-config")
  void defaultControlHost() {
    ProviderCatalog catalog = ProviderCatalog.load(Path.of("bot-config", "providers"));
    Lookups lookups = new Lookups(client);
    SmtpProbes probes =
        new SmtpProbes(
            SmtpSettings.OFF,
            lookups,
            new MailFacts(lookups, new MxClassifier(catalog)),
            catalog,
            java.time.Clock.systemUTC());

    assertThat(probes.controlHost()).isEqualTo("mx0.mail.ovh.net.");
  }

  @Test
  @DisplayName("an MX on a special-purpose address: never contacted unless allowed")
  void privateAddressRefused() {
    int before = okServer.connections();
    Report report = diagnose(injector(privateRefused, "127.0.0.20"), "ok.it");

    assertThat(inArea(report, Area.SMTP)).isEmpty();
    assertThat(okServer.connections()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "DANE-EE TLSA matching the presented key: DANE_VALID (matches) and SMTP_OK though the CA"
          + " is unknown")
  void daneMatch() {
    Report report = diagnose(probing, "dane-match.it");

    assertThat(only(report, FindingCode.DANE_VALID).params())
        .containsEntry("comparedKey", "dane.compared.match");
    only(report, FindingCode.SMTP_OK);
  }

  @Test
  @DisplayName("secure TLSA that no presented certificate matches: DANE_MISMATCH")
  void daneMismatch() {
    Report report = diagnose(probing, "dane-mismatch.it");

    assertThat(only(report, FindingCode.DANE_MISMATCH).params())
        .containsEntry("host", "mx.dane-mismatch.it")
        .containsEntry("address", "127.0.0.13")
        .containsEntry("records", "3 1 1");
    only(report, FindingCode.SMTP_OK);
  }

  @Test
  @DisplayName("the DANE mismatch in a French customer's reply: what to publish, where, for whom")
  void daneMismatchReplyInFrench() {
    Report report = diagnose(probing, "dane-mismatch.it");
    Path config = Path.of("bot-config");
    ProviderCatalog providers = ProviderCatalog.load(config.resolve("providers"));
    CustomerReplies replies =
        new CustomerReplies(
            config.resolve("replies"),
            providers,
            GuideCatalog.load(config.resolve("guides.yaml"), providers.home().id()));

    String text = replies.write(report, "fr").text();

    assertThat(text)
        .startsWith("Bonjour,")
        .contains("Le certificat de votre serveur de messagerie mx.dane-mismatch.it")
        .contains("_25._tcp.mx.dane-mismatch.it")
        .contains("TLSA");
  }

  @Test
  @DisplayName(
      "secure TLSA, but the MX offers no STARTTLS: DANE_NO_STARTTLS (DANE senders will not"
          + " deliver) beside SMTP_NO_STARTTLS")
  void daneWithoutStartTls() {
    Report report = diagnose(probing, "dane-notls.it");

    assertThat(only(report, FindingCode.DANE_NO_STARTTLS).params())
        .containsEntry("host", "mx.dane-notls.it")
        .containsEntry("address", "127.0.0.14")
        .containsEntry("records", "3 1 1");
    assertThat(only(report, FindingCode.DANE_NO_STARTTLS).severity().id()).isEqualTo("error");
    only(report, FindingCode.SMTP_NO_STARTTLS);
  }
}
