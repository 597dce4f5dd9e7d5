package dev.mxbot.guides;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuideCatalogTest {

  private static final GuideCatalog CATALOG =
      GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud");
  private static final List<String> KEYS =
      List.of(
          "mx",
          "mx-external-zone",
          "spf",
          "dkim",
          "dmarc",
          "zone-edit",
          "ns-edit",
          "ns-info",
          "zone-info",
          "zone-create",
          "dnssec",
          "mail-diagnostic",
          "exchange-cname",
          "redirections");
  private static final ProviderRef OVH = ProviderRef.of("ovhcloud", "OVHcloud");
  private static final ProviderRef CLOUDFLARE = ProviderRef.of("cloudflare", "Cloudflare");

  private static Report report(ProviderRef dnsHost, Finding... findings) {
    List<Finding> list = List.of(findings);
    return new Report(
        "example.it",
        new DomainName("example.it", "example.it"),
        Verdict.of(list),
        dnsHost,
        null,
        ReportRecords.EMPTY,
        list,
        Duration.ofMillis(5));
  }

  @Test
  @DisplayName("every guide of the table exists in all seven languages, on docs.ovhcloud.com")
  void everyGuideInEveryLanguage() {
    assertThat(CATALOG.languages()).containsExactly("fr", "en", "de", "es", "it", "pl", "pt");
    for (String key : KEYS) {
      for (String lang : CATALOG.languages()) {
        assertThat(CATALOG.guide(key, lang))
            .as(key + " in " + lang)
            .hasValueSatisfying(
                g -> {
                  assertThat(g.key()).isEqualTo(key);
                  assertThat(g.url()).startsWith("https://docs.ovhcloud.com/" + lang + "/guides/");
                  assertThat(g.title()).isNotBlank();
                });
      }
    }
    assertThat(CATALOG.guide("mx", "it"))
        .map(Guide::url)
        .hasValue("https://docs.ovhcloud.com/it/guides/web-cloud/domains/dns-zone-mx");
    assertThat(CATALOG.guide("mx", "it"))
        .map(Guide::title)
        .hasValue("Configurare un record MX per la gestione delle email");
  }

  @Test
  @DisplayName("a language without guides falls back to English; a regional tag uses its language")
  void fallbackToEnglish() {
    assertThat(CATALOG.guide("spf", "ja")).isEqualTo(CATALOG.guide("spf", "en"));
    assertThat(CATALOG.guide("spf", "FR-ca")).isEqualTo(CATALOG.guide("spf", "fr"));
    assertThat(CATALOG.guide("no-such-guide", "en")).isEmpty();
  }

  @Test
  @DisplayName(
      "guideFor: per-code override, else area default, MX switch when the zone is elsewhere")
  void guideForFinding() {
    Report atHome = report(OVH);
    Report elsewhere = report(CLOUDFLARE);
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.MX_HOME_OUTDATED), atHome, "en"))
        .map(Guide::key)
        .hasValue("mx");
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.MX_HOME_OUTDATED), elsewhere, "en"))
        .map(Guide::key)
        .hasValue("mx-external-zone");
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.MX_HOME_REDIRECT_ONLY), elsewhere, "en"))
        .map(Guide::key)
        .hasValue("redirections");
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.PROPAGATION_PENDING), atHome, "en"))
        .map(Guide::key)
        .hasValue("zone-info");
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.SPF_NONE), elsewhere, "de"))
        .map(Guide::url)
        .hasValue("https://docs.ovhcloud.com/de/guides/web-cloud/domains/dns-zone-spf");
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.NS_PAIR_MISMATCH), atHome, "en"))
        .map(Guide::key)
        .hasValue("ns-edit");
    assertThat(CATALOG.guideFor(Finding.of(FindingCode.DNS_TIMEOUT), atHome, "en")).isEmpty();
  }

  @Test
  @DisplayName("zone at OVHcloud: the MX guide first, then one guide per area with a problem")
  void guidesForZoneAtHome() {
    Report report =
        report(
            OVH,
            Finding.of(FindingCode.ZONE_AT_HOME_PROVIDER),
            Finding.of(FindingCode.MX_HOME_OUTDATED),
            Finding.of(FindingCode.MX_DUPLICATE),
            Finding.of(FindingCode.SPF_NONE),
            Finding.of(FindingCode.SPF_PERMISSIVE),
            Finding.of(FindingCode.DMARC_POLICY_NONE),
            Finding.of(FindingCode.DKIM_NOT_FOUND));
    assertThat(CATALOG.guidesFor(report, "fr"))
        .extracting(Guide::key)
        .containsExactly("mx", "spf", "dkim");
  }

  @Test
  @DisplayName(
      "zone at Cloudflare, outdated MX and no DMARC: the worst finding's guide first, then DMARC's,"
          + " then where to edit: Cloudflare's own page")
  void guidesForZoneElsewhere() {
    Report report =
        report(
            CLOUDFLARE,
            Finding.of(FindingCode.ZONE_AT_OTHER_PROVIDER),
            Finding.of(FindingCode.MX_HOME_LEGACY),
            Finding.of(FindingCode.DMARC_NONE));
    List<Guide> guides = CATALOG.guidesFor(report, "it");
    assertThat(guides)
        .extracting(Guide::key)
        .containsExactly("mx-external-zone", "dmarc", "dns-edit:cloudflare");
    assertThat(guides.get(2).url()).startsWith("https://developers.cloudflare.com/");
    assertThat(guides).extracting(Guide::url).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("an unknown DNS host gets the external-zone MX guide only")
  void guidesForUnknownHost() {
    Report report = report(ProviderRef.of("unknown-host", "ns.example.net"));
    assertThat(CATALOG.guidesFor(report, "pl"))
        .extracting(Guide::key)
        .containsExactly("mx-external-zone");
    assertThat(CATALOG.guidesFor(report(null), "pl"))
        .extracting(Guide::key)
        .containsExactly("mx-external-zone");
  }

  @Test
  @DisplayName("no guide list repeats a URL, whatever the findings")
  void noDuplicateUrls() {
    Finding[] all =
        java.util.Arrays.stream(FindingCode.values()).map(Finding::of).toArray(Finding[]::new);
    for (ProviderRef host : new ProviderRef[] {OVH, CLOUDFLARE, null}) {
      for (String lang : CATALOG.languages()) {
        assertThat(CATALOG.guidesFor(report(host, all), lang))
            .extracting(Guide::url)
            .doesNotHaveDuplicates();
      }
    }
  }
}
