package dev.mxbot.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.MxEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderCatalogTest {

  private static final ProviderCatalog CATALOG =
      ProviderCatalog.load(Path.of("bot-config/providers"));

  @Test
  @DisplayName("the shipped catalog loads and OVHcloud is the home provider")
  void shippedCatalogLoads() {
    assertThat(CATALOG.home().id()).isEqualTo("ovhcloud");
    assertThat(CATALOG.home().toRef().name()).isEqualTo("OVHcloud");
    assertThat(CATALOG.all())
        .extracting(Provider::id)
        .contains(
            "ovhcloud",
            "google",
            "microsoft365",
            "zoho",
            "proton",
            "fastmail",
            "icloud",
            "godaddy",
            "ionos",
            "cloudflare",
            "route53",
            "google-cloud-dns",
            "azure-dns",
            "gandi",
            "namecheap",
            "aruba",
            "hetzner",
            "digitalocean",
            "mailgun")
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("nameservers name their DNS host, absolute or not, in any case")
  void dnsHosts() {
    assertThat(CATALOG.dnsHostOf("dns109.ovh.net.")).map(Provider::id).hasValue("ovhcloud");
    assertThat(CATALOG.dnsHostOf("NS109.OVH.NET")).map(Provider::id).hasValue("ovhcloud");
    assertThat(CATALOG.dnsHostOf("ns200.anycast.me.")).map(Provider::id).hasValue("ovhcloud");
    assertThat(CATALOG.dnsHostOf("ns-123.awsdns-45.com")).map(Provider::id).hasValue("route53");
    assertThat(CATALOG.dnsHostOf("x.ns.cloudflare.com.")).map(Provider::id).hasValue("cloudflare");
    assertThat(CATALOG.dnsHostOf("ns1.example.net.")).isEmpty();
  }

  @Test
  @DisplayName("OVHcloud nameservers of one zone share their pair number")
  void pairing() {
    Provider ovh = CATALOG.home();
    assertThat(ovh.pairOf("ns109.ovh.net.")).hasValue("109");
    assertThat(ovh.pairOf("dns109.ovh.net")).hasValue("109");
    assertThat(ovh.pairOf("dns15.ovh.net.")).hasValue("15");
    assertThat(ovh.pairOf("sdns2.ovh.net.")).isEmpty();
  }

  @Test
  @DisplayName("MX hosts name their provider and kind")
  void mailHosts() {
    assertThat(CATALOG.mailHostOf("mx1.mail.ovh.net."))
        .hasValue(new MxHostMatch(CATALOG.home(), MxHostKind.MAILBOX));
    assertThat(CATALOG.mailHostOf("mxb.ovh.net"))
        .map(MxHostMatch::kind)
        .hasValue(MxHostKind.LEGACY);
    assertThat(CATALOG.mailHostOf("redirect.ovh.net."))
        .map(MxHostMatch::kind)
        .hasValue(MxHostKind.REDIRECT);
    assertThat(CATALOG.mailHostOf("ASPMX.L.GOOGLE.COM."))
        .map(m -> m.provider().id())
        .hasValue("google");
    assertThat(CATALOG.mailHostOf("example-it.mail.protection.outlook.com."))
        .map(m -> m.provider().id())
        .hasValue("microsoft365");
    assertThat(CATALOG.mailHostOf("mail.example.it.")).isEmpty();
  }

  @Test
  @DisplayName("the current EU set matches exactly, in any order, with or without trailing dots")
  void currentSetMatches() {
    List<MxEntry> found =
        List.of(
            new MxEntry(200, "mx4.mail.ovh.net."),
            new MxEntry(1, "MX0.mail.ovh.net."),
            new MxEntry(50, "mx2.mail.ovh.net"),
            new MxEntry(5, "mx1.mail.ovh.net."),
            new MxEntry(100, "mx3.mail.ovh.net."));
    assertThat(CATALOG.home().matchingMxSet(found))
        .hasValueSatisfying(
            set -> {
              assertThat(set.id()).isEqualTo("current-eu");
              assertThat(set.status()).isEqualTo(MxSetStatus.CURRENT);
              assertThat(set.records()).contains(new MxEntry(1, "mx0.mail.ovh.net."));
            });
  }

  @Test
  @DisplayName(
      "a set with a wrong preference, a missing or an extra host matches no documented set")
  void nearMissesDoNotMatch() {
    Provider ovh = CATALOG.home();
    assertThat(
            ovh.matchingMxSet(
                List.of(
                    new MxEntry(1, "mx1.mail.ovh.net."),
                    new MxEntry(5, "mx2.mail.ovh.net."),
                    new MxEntry(20, "mx3.mail.ovh.net."))))
        .isEmpty();
    assertThat(ovh.matchingMxSet(List.of(new MxEntry(1, "mx1.mail.ovh.net.")))).isEmpty();
    assertThat(
            ovh.matchingMxSet(
                List.of(
                    new MxEntry(1, "mx1.mail.ovh.net."),
                    new MxEntry(5, "mx2.mail.ovh.net."),
                    new MxEntry(10, "mx3.mail.ovh.net."),
                    new MxEntry(10, "mx3.mail.ovh.net."))))
        .isEmpty();
  }

  @Test
  @DisplayName("the 2016 set of the seed guide is recognised as outdated")
  void seedSetIsOutdated() {
    List<MxEntry> found =
        List.of(
            new MxEntry(1, "mx1.mail.ovh.net."),
            new MxEntry(5, "mx2.mail.ovh.net."),
            new MxEntry(10, "mx3.mail.ovh.net."));
    assertThat(CATALOG.home().matchingMxSet(found))
        .map(MxSet::status)
        .hasValue(MxSetStatus.OUTDATED);
  }

  @Test
  @DisplayName("a Mailgun include is a sending service, never a mail provider")
  void mailgunIsASender() {
    assertThat(CATALOG.senderOf("mailgun.org"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.kind()).isEqualTo(ProviderKind.SENDER);
              assertThat(p.isMailProvider()).isFalse();
            });
    assertThat(CATALOG.mailHostOf("mxa.mailgun.org.")).isEmpty();
    assertThat(CATALOG.senderOf("MX.OVH.COM")).map(Provider::id).hasValue("ovhcloud");
    assertThat(CATALOG.senderOf("mx.ovh.ca.")).map(Provider::id).hasValue("ovhcloud");
  }

  @Test
  @DisplayName("OVHcloud autoconfiguration and DKIM come out as absolute lower-case names")
  void autoconfigAndDkim() {
    Provider ovh = CATALOG.home();
    assertThat(ovh.autoconfig())
        .contains(
            new AutoconfigRecord(
                "autoconfig", AutoconfigRecord.Type.CNAME, "mailconfig.ovh.net.", null, true));
    AutoconfigRecord outlook =
        ovh.autoconfig().stream()
            .filter(r -> r.name().equals("_autodiscover._tcp"))
            .findFirst()
            .orElseThrow();
    assertThat(outlook.type()).isEqualTo(AutoconfigRecord.Type.SRV);
    assertThat(outlook.target()).isEqualTo("mailconfig.ovh.net.");
    assertThat(outlook.port()).isEqualTo(443);
    assertThat(outlook.accepts("pro1.mail.ovh.net.")).as("Email Pro").isTrue();
    DkimProfile dkim = ovh.dkim().orElseThrow();
    assertThat(dkim.type()).isEqualTo(DkimProfile.Type.CNAME);
    assertThat(dkim.isSelector("ovhmo1234-selector1")).isTrue();
    assertThat(dkim.isSelector("ovhex99-selector2")).isTrue();
    assertThat(dkim.isSelector("ovhmo-selector-1")).isTrue();
    assertThat(dkim.isSelector("selector1")).isFalse();
    assertThat(dkim.isTarget("ovhmo1-selector1._domainkey.1234.eu.dkim.mail.ovh.net.")).isTrue();
    assertThat(ovh.spfIncludes()).containsExactly("mx.ovh.com", "mx.ovh.ca");
  }
}
