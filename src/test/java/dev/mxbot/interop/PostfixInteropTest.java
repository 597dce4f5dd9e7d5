package dev.mxbot.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mxbot.checks.dane.TlsaMatch;
import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.config.SmtpProbeSettings;
import dev.mxbot.core.Area;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.testing.TestCertificates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMTP probe against a real MTA: Debian's Postfix, run by the test with its own configuration
 * on a loopback address ({@link PostfixServer}), as the MX host of the signed customer zone of the
 * {@link MiniInternet}, whose TLSA record (3 1 1) is that of Postfix's certificate. mxbot is wired
 * as {@code main} wires it, with the probe on. Skipped without Postfix, Knot and Unbound or root,
 * except under {@code CI=true} ({@code .ci/run} installs them), where it fails instead.
 */
@Tag("interop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("SMTP probe against a real Postfix, DANE in a signed zone")
class PostfixInteropTest {

  private static final String MX_HOST = "mx-dane." + Domains.HEALTHY;

  private MiniInternet internet;
  private PostfixServer postfix;
  private Bootstrap app;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    Optional<String> unavailable = PostfixServer.unavailableReason();
    if (unavailable.isPresent() && "true".equals(System.getenv("CI"))) {
      fail(unavailable.get() + ", and CI=true: .ci/run installs them");
    }
    assumeTrue(unavailable.isEmpty(), unavailable::orElseThrow);
    TestCertificates certificates = TestCertificates.in(dir);
    Path authority = certificates.authority("test-ca");
    Path keyStore = certificates.server("postfix", "test-ca", List.of(MX_HOST));
    postfix = PostfixServer.start(dir.resolve("postfix"), Loopback.SMTP, keyStore);
    internet = MiniInternet.start();
    String tlsa = TlsaMatch.data(certificate(dir.resolve("postfix.crt")), 1, 1);
    internet.addRecords(
        Domains.HEALTHY,
        List.of("mx-dane A " + Loopback.SMTP, "_25._tcp.mx-dane TLSA 3 1 1 " + tlsa));
    internet.changeMx(Domains.HEALTHY, List.of("10 " + MX_HOST + "."));
    CommonOptions options = new CommonOptions();
    options.config = Path.of("bot-config");
    app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(internet.resolver()))
                    .withAuthoritativePort(internet.authoritativePort())
                    .withAllowPrivateAddresses(true)
                    .withExtraCertificates(Optional.of(authority))
                    .withSmtp(
                        new SmtpProbeSettings(
                            true,
                            postfix.port(),
                            Duration.ofSeconds(5),
                            "probe.mxbot.test",
                            Optional.of(Loopback.SMTP)))
                    .withDeadline(Duration.ofSeconds(8)));
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
    if (internet != null) {
      internet.close();
    }
    if (postfix != null) {
      postfix.close();
    }
  }

  private static X509Certificate certificate(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private Report diagnose() {
    String domain = Domains.HEALTHY;
    return app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  private static Finding only(Report report, Area area) {
    List<Finding> found = report.findings().stream().filter(f -> f.area() == area).toList();
    assertThat(found).as("%s findings of %s", area, report.findings()).hasSize(1);
    return found.get(0);
  }

  @Test
  @Order(1)
  @DisplayName("Postfix with STARTTLS and a test-CA certificate: SMTP_OK and a DANE match")
  void startTls() {
    Report report = diagnose();

    Finding smtp = only(report, Area.SMTP);
    assertThat(smtp.code()).as(postfix.logTail()).isEqualTo(FindingCode.SMTP_OK);
    assertThat(smtp.params())
        .containsEntry("host", MX_HOST)
        .containsEntry("address", Loopback.SMTP);
    Finding dane = only(report, Area.DANE);
    assertThat(dane.code()).isEqualTo(FindingCode.DANE_VALID);
    assertThat(dane.params()).containsEntry("comparedKey", "dane.compared.match");
    assertThat(report.unchecked()).doesNotContain(Area.SMTP, Area.DANE);
  }

  @Test
  @Order(2)
  @DisplayName(
      "Postfix with smtpd_tls_security_level = none: SMTP_NO_STARTTLS, and DANE_NO_STARTTLS for its"
          + " TLSA records")
  void startTlsOff() {
    postfix.disableStartTls();

    Report report = diagnose();

    Finding smtp = only(report, Area.SMTP);
    assertThat(smtp.code()).as(postfix.logTail()).isEqualTo(FindingCode.SMTP_NO_STARTTLS);
    assertThat(smtp.params()).containsEntry("reasonKey", "smtp.notls.not_offered");
    assertThat(only(report, Area.DANE).code()).isEqualTo(FindingCode.DANE_NO_STARTTLS);
  }
}
