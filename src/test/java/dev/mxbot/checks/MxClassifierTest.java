package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.MxEntry;
import dev.mxbot.providers.ProviderCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading an MX set against the shipped provider catalog")
class MxClassifierTest {

  private static final MxClassifier CLASSIFIER =
      new MxClassifier(ProviderCatalog.load(Path.of("bot-config/providers")));

  private static List<MxEntry> mx(String spec) {
    return java.util.Arrays.stream(spec.split(","))
        .map(String::trim)
        .map(e -> new MxEntry(Integer.parseInt(e.split(" ")[0]), e.split(" ")[1]))
        .toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 mx0.mail.ovh.net., 5 mx1.mail.ovh.net., 50 mx2.mail.ovh.net., 100 mx3.mail.ovh.net., 200 mx4.mail.ovh.net. | HOME_CURRENT",
        "200 MX4.mail.ovh.net., 1 mx0.mail.ovh.net., 50 mx2.mail.ovh.net., 5 mx1.mail.ovh.net., 100 mx3.mail.ovh.net. | HOME_CURRENT",
        "1 mx0.mail.ovh.ca., 5 mx1.mail.ovh.ca., 50 mx2.mail.ovh.ca., 100 mx3.mail.ovh.ca., 200 mx4.mail.ovh.ca. | HOME_CURRENT",
        "1 mx1.mail.ovh.net., 5 mx2.mail.ovh.net., 10 mx3.mail.ovh.net. | HOME_OUTDATED",
        "10 mx3.mail.ovh.net. | HOME_OUTDATED",
        "1 mx1.ovh.net., 100 mxb.ovh.net. | HOME_LEGACY",
        "1 redirect.ovh.net. | HOME_REDIRECT",
        "1 aspmx.l.google.com., 5 alt1.aspmx.l.google.com. | OTHER",
        "10 mail.example-hoster.com. | UNRECOGNISED",
        "10 mx1.example.it., 10 mx2.example.it. | UNRECOGNISED",
        "10 mx1.example.it., 20 mx2.example.it. | UNRECOGNISED",
        "10 eu-smtp-inbound-1.mimecast.com., 10 eu-smtp-inbound-2.mimecast.com. | UNRECOGNISED",
        "10 a.mx.example.co.uk., 10 b.example.co.uk. | UNRECOGNISED",
        "10 mx.example.it., 20 backup.some-isp.net. | UNRECOGNISED",
        "10 mx1.example.it., 10 mx2.example.it., 20 backup.some-isp.net., 30 b.other-isp.net. | UNRECOGNISED",
        "10 mx.example.it., 10 backup.some-isp.net. | MIXED",
        "10 mx.example.co.uk., 10 mx.other.co.uk. | MIXED",
        "20 backup.some-isp.net., 10 mx.example.it., 10 mx.other.it. | MIXED",
        "1 mx0.mail.ovh.net., 5 aspmx.l.google.com. | MIXED",
        "1 mx0.mail.ovh.net., 20 backup.example-hoster.com. | MIXED",
        "1 backup.example-hoster.com., 20 mx0.mail.ovh.net. | MIXED",
        "0 . | NULL_MX",
        "10 . | NULL_MX_INVALID",
        "0 ., 10 mx1.mail.ovh.net. | NULL_MX_INVALID",
      })
  void classifies(String spec, MailSetup.Kind kind) {
    assertThat(CLASSIFIER.classify(mx(spec)).kind()).isEqualTo(kind);
  }

  @Test
  @DisplayName("servers the catalog does not know are named by their registrable domain, once")
  void unknownServersNamedByDomain() {
    MailSetup setup =
        CLASSIFIER.classify(mx("10 mx1.example.it., 10 mx2.example.it., 20 backup.some-isp.net."));

    assertThat(setup.providerNames()).containsExactly("example.it", "some-isp.net");
  }

  @Test
  @DisplayName("a null MX beside OVHcloud's MX is invalid, and the mail is still at OVHcloud")
  void nullMxBesideProvider() {
    MailSetup setup = CLASSIFIER.classify(mx("0 ., 10 mx1.mail.ovh.net."));

    assertThat(setup.kind()).isEqualTo(MailSetup.Kind.NULL_MX_INVALID);
    assertThat(setup.provider()).map(p -> p.id()).contains("ovhcloud");
    assertThat(setup.mx()).hasSize(2);
  }

  @Test
  @DisplayName("an MX target aliased to a provider's server is that provider's")
  void aliasOfProviderServer() {
    MailSetup ovh =
        CLASSIFIER.classify(
            mx("10 mail.example.it."),
            "example.it.",
            Map.of("mail.example.it.", "mx1.mail.ovh.net."));
    MailSetup google =
        CLASSIFIER.classify(
            mx("10 mail.example.it."),
            "example.it.",
            Map.of("mail.example.it.", "aspmx.l.google.com."));

    assertThat(ovh.kind()).isEqualTo(MailSetup.Kind.HOME_OUTDATED);
    assertThat(ovh.provider()).map(p -> p.id()).contains("ovhcloud");
    assertThat(ovh.mx()).extracting(MxEntry::host).containsExactly("mail.example.it.");
    assertThat(google.kind()).isEqualTo(MailSetup.Kind.OTHER);
    assertThat(google.provider()).map(p -> p.id()).contains("google");
  }

  @Test
  @DisplayName("an MX target aliased to an unknown server stays with the name the customer wrote")
  void aliasOfUnknownServer() {
    MailSetup setup =
        CLASSIFIER.classify(
            mx("10 mx1.example.it., 10 mx2.example.it."),
            "example.it.",
            Map.of("mx2.example.it.", "server2.hosting.example.net."));

    assertThat(setup.kind()).isEqualTo(MailSetup.Kind.UNRECOGNISED);
    assertThat(setup.providerNames()).containsExactly("example.it");
  }

  @Test
  @DisplayName("only targets the catalog does not know are followed through CNAMEs")
  void targetsToFollow() {
    assertThat(
            CLASSIFIER.unrecognisedTargets(
                mx(
                    "0 ., 1 mx0.mail.ovh.net., 5 mail.example.it., 5 mail.example.it.,"
                        + " 10 192.0.2.1., 20 mx1.mail.ovh.net.example.it."),
                "example.it."))
        .containsExactly("mail.example.it.");
  }

  @Test
  @DisplayName("a Canadian customer with an outdated set is shown the Canadian current set")
  void expectedSetFollowsRegion() {
    MailSetup setup = CLASSIFIER.classify(mx("1 mx1.mail.ovh.ca., 5 mx2.mail.ovh.ca."));

    assertThat(setup.expectedSet().orElseThrow().records())
        .extracting(MxEntry::host)
        .allMatch(h -> h.endsWith(".mail.ovh.ca."));
  }

  @Test
  @DisplayName("a target with the domain appended is read as the host the customer meant")
  void appendedDomain() {
    MailSetup setup =
        CLASSIFIER.classify(
            mx("1 mx1.mail.ovh.net.example.it., 5 mx2.mail.ovh.net.example.it."), "example.it.");

    assertThat(setup.kind()).isEqualTo(MailSetup.Kind.HOME_OUTDATED);
    assertThat(setup.provider().orElseThrow().id()).isEqualTo("ovhcloud");
  }

  @ParameterizedTest(name = "{0} at {1}: appended = {2}")
  @CsvSource({
    "mx1.mail.ovh.net.example.it.,  example.it., true",
    "aspmx.l.google.com.example.it., example.it., true",
    "192.0.2.1.example.it.,         example.it., true",
    "mail.example.it.,              example.it., false",
    "mx.mail.example.it.,           example.it., false",
    "mx1.mail.ovh.net.,             example.it., false",
  })
  void detectsAppendedDomain(String host, String domain, boolean appended) {
    assertThat(MxTargetsCheck.appendedDomain(host, domain)).isEqualTo(appended);
  }
}
