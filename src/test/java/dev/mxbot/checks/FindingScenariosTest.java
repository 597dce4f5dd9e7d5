package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.core.Severity;
import dev.mxbot.guides.Guide;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One support conversation per finding: an agent types {@code /mx <sample domain>}, the sample zone
 * is served over real sockets, the full diagnosis runs, and the expected finding comes back with
 * its severity and the guide the agent should send.
 */
@DisplayName("/mx on each sample zone")
class FindingScenariosTest {

  private static DemoWorld world;

  @BeforeAll
  static void startWorld() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  static Report diagnose(String domain) {
    return diagnose(domain, CheckOptions.NONE);
  }

  static Report diagnose(String domain, CheckOptions options) {
    return world.app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), options);
  }

  private static Finding only(Report report, FindingCode code) {
    List<Finding> found = report.findings().stream().filter(f -> f.code() == code).toList();
    assertThat(found).as("findings: %s", report.findings()).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "/mx {0} reports {1} ({2}) with the {3} guide")
  @CsvSource({
    "unknown-domain.it,     DOMAIN_NOT_FOUND,             error,   ns-info",
    "broken-dns.it,         DOMAIN_LOOKUP_FAILED,         error,   ns-info",
    "slow-dns.it,           DNS_TIMEOUT,                  unknown, ",
    "ovh-customer.it,       ZONE_AT_HOME_PROVIDER,        ok,      zone-edit",
    "gmail-customer.it,     ZONE_AT_OTHER_PROVIDER,       info,    ns-info",
    "ovh-customer.it,       MX_HOME_CURRENT,              ok,      mx",
    "mx-2016.it,            MX_HOME_OUTDATED,             warning, mx",
    "mx-legacy.it,          MX_HOME_LEGACY,               warning, mx",
    "redirect-only.it,      MX_HOME_REDIRECT_ONLY,        info,    redirections",
    "gmail-customer.it,     MX_OTHER_PROVIDER,            info,    mx-external-zone",
    "mixed-mx.it,           MX_MIXED_PROVIDERS,           warning, mx",
    "no-mx.it,              MX_NONE_IMPLICIT,             warning, mx",
    "no-mail.it,            MX_NONE,                      error,   mx",
    "null-mx.it,            MX_NULL,                      info,    mx",
    "null-mx-mixed.it,      MX_NULL_WITH_OTHERS,          error,   mx",
    "mx-ip.it,              MX_TARGET_IP,                 error,   mx",
    "mx-unresolvable.it,    MX_TARGET_UNRESOLVABLE,       error,   mx",
    "mx-appended.it,        MX_TARGET_DOMAIN_APPENDED,    error,   mx",
    "ovh-customer.it,       SPF_VALID,                    ok,      spf",
    "spf-none.it,           SPF_NONE,                     warning, spf",
    "spf-multiple.it,       SPF_MULTIPLE,                 error,   spf",
    "spf-no-include.it,     SPF_MISSING_PROVIDER_INCLUDE, warning, spf",
    "spf-syntax.it,         SPF_SYNTAX,                   error,   spf",
    "spf-too-many-lookups.it, SPF_TOO_MANY_LOOKUPS,       error,   spf",
    "spf-void.it,           SPF_TOO_MANY_VOID_LOOKUPS,    error,   spf",
    "spf-include-missing.it, SPF_INCLUDE_NOT_FOUND,       error,   spf",
    "spf-loop.it,           SPF_LOOP,                     error,   spf",
    "spf-permissive.it,     SPF_PERMISSIVE,               warning, spf",
    "spf-mx-crowded.it,     SPF_MX_TOO_MANY_NAMES,        error,   spf",
    "spf-redirect-ignored.it, SPF_REDIRECT_IGNORED,       warning, spf",
    "spf-ptr.it,            SPF_PTR,                      warning, spf",
    "ovh-customer.it,       DMARC_VALID,                  ok,      dmarc",
    "mx-2016.it,            DMARC_POLICY_NONE,            info,    dmarc",
    "dmarc-none.it,         DMARC_NONE,                   warning, dmarc",
    "dmarc-multiple.it,     DMARC_MULTIPLE,               error,   dmarc",
    "dmarc-syntax.it,       DMARC_SYNTAX,                 error,   dmarc",
    "gmail-customer.it,     DKIM_FOUND,                   ok,      dkim",
    "dkim-short-key.it,     DKIM_KEY_INVALID,             error,   dkim",
    "dkim-large-key.it,     DKIM_KEY_TOO_LARGE,           warning, dkim",
    "dkim-not-activated.it, DKIM_KEY_INVALID,             error,   dkim",
    "dkim-none.it,          DKIM_NOT_FOUND,               warning, dkim",
    "ovh-customer.it,       DKIM_UNKNOWN,                 info,    dkim",
    "ovh-customer.it,       AUTOCONFIG_OK,                ok,      zone-edit",
    "autoconfig-missing.it, AUTOCONFIG_MISSING,           info,    zone-edit",
    "email-pro.it,          AUTOCONFIG_OK,                ok,      zone-edit",
    "autoconfig-elsewhere.it, AUTOCONFIG_MISMATCH,        warning, zone-edit",
    "autoconfig-broken.it,  AUTOCONFIG_TARGET_UNRESOLVABLE, warning, zone-edit",
    "mx-private.it,         MX_TARGET_PRIVATE,            error,   mx",
    "mx-alias.it,           MX_TARGET_ALIAS,              warning, mx",
    "mx-duplicate.it,       MX_DUPLICATE,                 info,    mx",
    "ns-single.it,          NS_SINGLE,                    warning, ns-edit",
    "ns-pair.it,            NS_PAIR_MISMATCH,             warning, ns-edit",
    "ns-lame.it,            NS_LAME,                      error,   ns-edit",
    "ovh-customer.it,       DNSSEC_UNSIGNED,              info,    dnssec",
  })
  void reportsTheFinding(String domain, FindingCode code, String severity, String guideKey) {
    Report report = diagnose(domain);

    Optional<Finding> finding =
        report.findings().stream().filter(f -> f.code() == code).findFirst();
    assertThat(finding).as("findings of %s: %s", domain, report.findings()).isPresent();
    assertThat(finding.get().severity().id()).isEqualTo(severity);
    Optional<Guide> guide = world.app.get(GuideCatalog.class).guideFor(finding.get(), report, "en");
    if (guideKey == null) {
      assertThat(guide).isEmpty();
    } else {
      assertThat(guide).map(Guide::key).contains(guideKey);
    }
  }

  @Test
  @DisplayName("/mx on a healthy OVHcloud customer finds nothing to fix")
  void healthyCustomer() {
    Report report = diagnose("ovh-customer.it");

    assertThat(report.findings())
        .extracting(Finding::severity)
        .allMatch(s -> s == Severity.OK || s == Severity.INFO);
    assertThat(report.dnsHost().id()).isEqualTo("ovhcloud");
    assertThat(report.mailProvider().variant()).isEqualTo("current");
    assertThat(report.records().mx()).hasSize(5);
    assertThat(report.records().spf()).containsExactly("v=spf1 include:mx.ovh.com ~all");
  }

  @Test
  @DisplayName(
      "/mx ovh-customer.it dkim=ovhmo1234567-selector1 finds the key behind the OVHcloud CNAME")
  void dkimWithTheAgentsSelector() {
    Report report =
        diagnose("ovh-customer.it", new CheckOptions(List.of("ovhmo1234567-selector1")));

    Finding found = only(report, FindingCode.DKIM_FOUND);
    assertThat(found.params())
        .containsEntry("selector", "ovhmo1234567-selector1")
        .containsEntry("key", "RSA-2048")
        .containsEntry("at", "ovhmo1234567-selector1._domainkey.1234.ab.dkim.mail.ovh.net");
    assertThat(report.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.DKIM_UNKNOWN);
  }

  @Test
  @DisplayName("/mx ovh-customer.it says which selectors were tried and how to give the right one")
  void dkimUnknownNamesTheSelectorsTried() {
    Finding unknown = only(diagnose("ovh-customer.it"), FindingCode.DKIM_UNKNOWN);

    assertThat(unknown.param("selectors")).isEqualTo("ovhmo-selector-1, ovhmo-selector-2");
  }

  @Test
  @DisplayName(
      "/mx mixed-mx.it names both providers in the header, and /mx broken-dns.it says 'not"
          + " checked' for the DNS host and the mail provider it could not read")
  void headerNamesWhatWasRead() {
    PlainTextRenderer renderer = world.app.get(PlainTextRenderer.class);

    assertThat(renderer.render(diagnose("mixed-mx.it"), "en"))
        .contains("Mail provider: mixed: OVHcloud, Google Workspace");
    assertThat(renderer.render(diagnose("broken-dns.it"), "en"))
        .contains("DNS host: not checked")
        .contains("Mail provider: not checked")
        .doesNotContain("not recognised");
    assertThat(renderer.render(diagnose("unknown-domain.it"), "en"))
        .as("a domain that does not exist has no DNS host, rather than one not recognised")
        .contains("DNS host: none")
        .contains("Mail provider: none");
  }

  @Test
  @DisplayName(
      "/mx mx-ip.it: an MX written as an address is an error, and no TLSA question is asked under"
          + " it, so the report is complete (the demo's server refused that question, and the"
          + " report had told the agent to suspect the nameservers)")
  void mxAddressAsksNoTlsa() {
    Report report = diagnose("mx-ip.it");

    assertThat(report.findings()).extracting(Finding::code).contains(FindingCode.MX_TARGET_IP);
    assertThat(report.complete()).as(report.unchecked().toString()).isTrue();
    assertThat(report.findings()).extracting(Finding::code).doesNotContain(FindingCode.DNS_TIMEOUT);
  }

  @Test
  @DisplayName(
      "/mx mx-self-hosted.it: no selector is known for a self-hosted mail server, and the report"
          + " says none was tried, never 'none of the selectors tried (—)'")
  void dkimUnknownWithoutSelectors() {
    Report report = diagnose("mx-self-hosted.it");
    String text = world.app.get(PlainTextRenderer.class).render(report, "en");

    assertThat(only(report, FindingCode.DKIM_UNKNOWN).params()).doesNotContainKey("selectors");
    assertThat(text)
        .contains(
            "Names exist under _domainkey.mx-self-hosted.it, but no selector is known for this"
                + " mail provider, so none was tried.")
        .doesNotContain("(—)");
  }

  @Test
  @DisplayName("/mx dkim-not-activated.it says where the CNAME points and that it has no key yet")
  void dkimCnameWithoutKey() {
    Finding invalid = only(diagnose("dkim-not-activated.it"), FindingCode.DKIM_KEY_INVALID);

    assertThat(invalid.params())
        .containsEntry("reasonKey", "reason.dkim.cname_nxdomain")
        .containsEntry("at", "ovhmo-selector-1._domainkey.9999.ab.dkim.mail.ovh.net");
  }

  @Test
  @DisplayName(
      "/mx email-pro.it: Outlook autodiscover on the Email Pro server is right, not a mismatch")
  void emailProAutodiscover() {
    Report report = diagnose("email-pro.it");

    assertThat(report.findings())
        .extracting(Finding::code)
        .contains(FindingCode.AUTOCONFIG_OK)
        .doesNotContain(FindingCode.AUTOCONFIG_MISMATCH, FindingCode.AUTOCONFIG_MISSING);
  }

  @Test
  @DisplayName(
      "/mx spf-redirect-ignored.it names the ~all that makes receivers ignore redirect=mx.ovh.com")
  void spfRedirectIgnored() {
    Finding ignored = only(diagnose("spf-redirect-ignored.it"), FindingCode.SPF_REDIRECT_IGNORED);

    assertThat(ignored.params())
        .containsEntry("all", "~all")
        .containsEntry("redirect", "redirect=mx.ovh.com")
        .containsEntry("target", "mx.ovh.com");
  }

  @Test
  @DisplayName("/mx spf-no-include.it suggests the record with include:mx.ovh.com before its ~all")
  void spfMissingIncludeSuggestion() {
    Finding missing = only(diagnose("spf-no-include.it"), FindingCode.SPF_MISSING_PROVIDER_INCLUDE);

    assertThat(missing.param("suggested")).isEqualTo("v=spf1 a mx include:mx.ovh.com ~all");
  }

  @Test
  @DisplayName("/mx dkim-short-key.it says the key is a 512-bit RSA key")
  void dkimShortKey() {
    Finding invalid = only(diagnose("dkim-short-key.it"), FindingCode.DKIM_KEY_INVALID);

    assertThat(invalid.params())
        .containsEntry("reasonKey", "reason.dkim.rsa_short")
        .containsEntry("bits", "512");
  }

  @Test
  @DisplayName(
      "/mx dkim-large-key.it finds the 8192-bit key of ovhmo-selector-1 and warns it is too large")
  void dkimLargeKey() {
    Report report = diagnose("dkim-large-key.it");

    assertThat(only(report, FindingCode.DKIM_FOUND).param("key")).isEqualTo("RSA-8192");
    assertThat(only(report, FindingCode.DKIM_KEY_TOO_LARGE).params())
        .containsEntry("selector", "ovhmo-selector-1")
        .containsEntry("bits", "8192");
  }

  @Test
  @DisplayName(
      "/mx spf-mx-crowded.it names relay.spf-includes.it and its 12 MX names, not 12 lookups")
  void spfMxTooManyNames() {
    Report report = diagnose("spf-mx-crowded.it");

    assertThat(only(report, FindingCode.SPF_MX_TOO_MANY_NAMES).params())
        .containsEntry("domain", "relay.spf-includes.it")
        .containsEntry("count", "12")
        .containsEntry("term", "mx:relay.spf-includes.it");
    assertThat(report.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.SPF_TOO_MANY_LOOKUPS, FindingCode.SPF_VALID);
  }

  @Test
  @DisplayName("/mx spf-permissive.it explains +all only: any server may send, not the ?all case")
  void spfPermissivePlusAll() {
    Finding permissive = only(diagnose("spf-permissive.it"), FindingCode.SPF_PERMISSIVE);

    assertThat(permissive.params())
        .containsEntry("all", "+all")
        .containsEntry("endingKey", "reason.spf.plus_all");
  }

  @Test
  @DisplayName(
      "/mx dmarc-syntax.it names the p tag and shows the record with the missing semicolon")
  void dmarcMissingSemicolon() {
    Finding syntax = only(diagnose("dmarc-syntax.it"), FindingCode.DMARC_SYNTAX);

    assertThat(syntax.params())
        .containsEntry("tag", "p")
        .containsEntry("value", "reject rua=mailto:postmaster@dmarc-syntax.it")
        .containsEntry("expected", "reject; rua=mailto:postmaster@dmarc-syntax.it");
  }

  @Test
  @DisplayName("/mx null-mx.it does not ask for DKIM: the domain declares it handles no mail")
  void noDkimForNullMx() {
    assertThat(diagnose("null-mx.it").findings())
        .extracting(f -> f.code().area())
        .doesNotContain(dev.mxbot.core.Area.DKIM);
  }
}
