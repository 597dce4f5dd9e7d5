package dev.mxbot.cli;

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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
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
    return world
        .app
        .get(Diagnosis.class)
        .diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
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
    "spf-ptr.it,            SPF_PTR,                      warning, spf",
    "ovh-customer.it,       DMARC_VALID,                  ok,      dmarc",
    "mx-2016.it,            DMARC_POLICY_NONE,            info,    dmarc",
    "dmarc-none.it,         DMARC_NONE,                   warning, dmarc",
    "dmarc-multiple.it,     DMARC_MULTIPLE,               error,   dmarc",
    "ovh-customer.it,       AUTOCONFIG_OK,                ok,      zone-edit",
    "autoconfig-missing.it, AUTOCONFIG_MISSING,           info,    zone-edit",
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

  @org.junit.jupiter.api.Test
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
}
