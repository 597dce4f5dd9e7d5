package dev.mxbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Report;
import dev.mxbot.testing.DemoWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replies read like the tickets they answer: the demo world's zones diagnosed for real (loopback
 * DNS), then the reply written in the customer's language from the shipped templates.
 */
class CustomerReplyScenariosTest {

  private static DemoWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static String reply(String domain, String lang) {
    Report report =
        world.app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
    assertThat(report.complete()).as("%s checked completely", domain).isTrue();
    return world.app.get(CustomerReplies.class).write(report, lang).text();
  }

  @Test
  void customerOn2016SetWithZoneAtCloudflareWritingInGerman() {
    String text = reply("mx-2016-cloudflare.it", "de");

    // the five current MX records, with their priorities, in the order to enter them
    assertThat(text)
        .containsSubsequence(
            "1 mx0.mail.ovh.net.",
            "5 mx1.mail.ovh.net.",
            "50 mx2.mail.ovh.net.",
            "100 mx3.mail.ovh.net.",
            "200 mx4.mail.ovh.net.");
    // where: Cloudflare's panel, not OVHcloud's
    assertThat(text).contains("Cloudflare").doesNotContain("OVHcloud-Kundencenter");
    // the German guide, and Cloudflare's own page
    assertThat(text)
        .contains("https://docs.ovhcloud.com/de/guides/web-cloud/domains/dns-zone-mx")
        .contains("https://developers.cloudflare.com/dns/manage-dns-records/");
    // the time from the old MX records' TTL (7200 s), never a flat 24 h
    assertThat(text).contains("2 h").doesNotContain("24 h").doesNotContain("24 Stunden");
    // German, polite, plain text
    assertThat(text).startsWith("Guten Tag,").doesNotContain("*").doesNotContain("{{");
  }

  @Test
  void mxParagraphComesBeforeTheLessUrgentOnes() {
    String text = reply("mx-2016-cloudflare.it", "en");
    // MX (warning, mail routing) before DKIM (warning, signing)
    assertThat(text.indexOf("mx0.mail.ovh.net")).isLessThan(text.indexOf("DKIM"));
  }

  @Test
  void spfWithoutProviderIncludeGetsTheCorrectedRecordInItalian() {
    String text = reply("spf-no-include.it", "it");
    assertThat(text).contains("include:mx.ovh.com").contains("v=spf1");
    assertThat(text).contains("OVHcloud");
  }

  @Test
  void unknownDkimSelectorBecomesAQuestion() {
    String text = reply("ovh-customer.it", "fr");
    assertThat(text).contains("?").contains("s=");
    assertThat(text).doesNotContain("Tout est en ordre");
  }

  @Test
  void allGoodGivesAShortReassuranceNamingWhatWasChecked() {
    String text = reply("gmail-customer.it", "en");
    assertThat(text)
        .contains("Everything is in order")
        .contains("SPF")
        .contains("DMARC")
        .contains("DKIM");
  }

  @Test
  void noSpfRecordGivesTheRecordToAddAndTheNegativeTtl() {
    String text = reply("spf-none.it", "en");
    assertThat(text).contains("v=spf1").contains("TXT");
  }

  @Test
  void partialReportNeverReassures() {
    Report report =
        world
            .app
            .get(Diagnosis.class)
            .diagnose("slow-dns.it", DomainName.of("slow-dns.it"), CheckOptions.NONE);
    String text = world.app.get(CustomerReplies.class).write(report, "en").text();
    assertThat(text).doesNotContain("Everything is in order").contains("could not be completed");
  }
}
