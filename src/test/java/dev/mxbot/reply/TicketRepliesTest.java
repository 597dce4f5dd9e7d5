package dev.mxbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.CliReplies;
import dev.mxbot.testing.DemoWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tickets answered with {@code mxbot check --reply LANG}, for findings that used to fall to the
 * team's one generic sentence: the demo world's zones diagnosed for real (loopback DNS), the reply
 * read as the customer would.
 */
class TicketRepliesTest {

  private static DemoWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  void spfWithTooManyLookupsZoneAtCloudflareCustomerWritesInPolish() {
    String text = CliReplies.reply(world, "pl", "spf-lookups-cloudflare.it");

    // what is wrong, with the count (the evaluation stops at the limit), and what to do
    assertThat(text).contains("Rekord SPF domeny spf-lookups-cloudflare.it").contains("(>10,");
    assertThat(text).contains("include:").contains("ip4:");
    // where: Cloudflare's panel, with Cloudflare's own page and the Polish guide
    assertThat(text)
        .contains("w panelu Cloudflare")
        .contains("https://developers.cloudflare.com/dns/manage-dns-records/")
        .contains("https://docs.ovhcloud.com/pl/guides/web-cloud/domains/dns-zone-spf");
    // the time from the SPF record's TTL (1800 s), not a flat day
    assertThat(text).contains("maksymalnie 30 min").doesNotContain("24 h");
    // nothing left to the team's generic sentence
    assertThat(text).doesNotContain("Zauważyliśmy też");
  }

  @Test
  void lameNameserverCustomerWritesInSpanish() {
    String text = CliReplies.reply(world, "es", "ns-lame.it");

    assertThat(text)
        .contains("El servidor DNS ns1.retired-dns.it")
        .contains("Elimine ns1.retired-dns.it")
        .contains("registrador");
  }

  @Test
  void dmarcSyntaxErrorCustomerWritesInGerman() {
    String text = CliReplies.reply(world, "de", "dmarc-syntax.it");

    assertThat(text).contains("DMARC-Eintrag von dmarc-syntax.it").contains("_dmarc");
    assertThat(text).contains("v=DMARC1").contains("in Ihrem OVHcloud-Kundencenter");
  }

  @Test
  void selfHostedMailCustomerIsAskedForTheSelectorWithoutATriedList() {
    String text = CliReplies.reply(world, "en", "mx-self-hosted.it");

    assertThat(text)
        .contains("which DKIM selector does your e-mail service use for mx-self-hosted.it?")
        .doesNotContain("We tried")
        .doesNotContain("—");
  }

  @Test
  void ovhCustomerIsToldWhichSelectorsWereTriedInItalian() {
    String text = CliReplies.reply(world, "it", "ovh-customer.it");

    assertThat(text).contains("Abbiamo provato ovhmo-selector-1, ovhmo-selector-2 senza trovarlo.");
  }

  @Test
  void mxAliasCustomerWritesInPortuguese() {
    String text = CliReplies.reply(world, "pt", "mx-alias.it");

    assertThat(text).contains("alias (CNAME)").contains("Substitua").contains("registo MX");
    // the time from the MX records' TTL: the old MX stays cached that long
    assertThat(text).contains("durante, no máximo, 1 h");
  }
}
