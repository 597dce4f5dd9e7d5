package dev.mxbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which findings a reply holds, in which order, and what it says when it covers not all. */
@DisplayName("Customer reply: choice and order")
class ReplyOrderTest {

  private static final Path CONFIG = Path.of("bot-config");
  private static final String DS =
      "signed.it. IN DS 12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

  private final ProviderCatalog providers = ProviderCatalog.load(CONFIG.resolve("providers"));
  private final CustomerReplies replies =
      new CustomerReplies(
          CONFIG.resolve("replies"),
          providers,
          GuideCatalog.load(CONFIG.resolve("guides.yaml"), providers.home().id()));

  private static Report report(Finding... findings) {
    return new Report(
        "signed.it",
        DomainName.of("signed.it"),
        Verdict.ERROR,
        ProviderRef.of("ovhcloud", "OVHcloud"),
        ProviderRef.of("ovhcloud", "OVHcloud"),
        new ReportRecords(List.of("dns109.ovh.net."), List.of(), List.of(), List.of()),
        List.of(findings),
        Duration.ZERO);
  }

  @Test
  @DisplayName(
      "the DS error first with the DS to publish and the DS TTL, then SPF, the DKIM question last;"
          + " a problem without a paragraph gets the team's sentence, and no reassurance")
  void mostUrgentFirst() {
    String text =
        replies
            .write(
                report(
                    Finding.of(FindingCode.DKIM_UNKNOWN, "domain", "signed.it", "selectors", "s1"),
                    Finding.of(
                        FindingCode.SPF_NONE,
                        "domain",
                        "signed.it",
                        "suggested",
                        "v=spf1 include:mx.ovh.com ~all",
                        "ttl",
                        "300"),
                    Finding.of(FindingCode.NS_NO_TCP, "nameserver", "ns1.example.net."),
                    Finding.of(
                        FindingCode.DNSSEC_DS_MISMATCH,
                        "zone",
                        "signed.it",
                        "ds",
                        DS,
                        "ttl",
                        "3600")),
                "en")
            .text();
    assertThat(text)
        .containsSubsequence(
            DS,
            "up to 1 h",
            "v=spf1 include:mx.ovh.com ~all",
            "up to 5 min",
            "We also noticed",
            "which DKIM selector");
    assertThat(text).doesNotContain("Everything is in order").doesNotContain("24 h");
    assertThat(text).contains("in your OVHcloud Control Panel");
  }

  @Test
  @DisplayName(
      "a change spreading needs nothing from the customer: how long it takes, no team sentence")
  void waitingIsNotAProblem() {
    String text =
        replies
            .write(
                report(
                    Finding.of(
                        FindingCode.PROPAGATION_PENDING,
                        "authoritative",
                        "a",
                        "cached",
                        "b",
                        "remaining",
                        "5 min")),
                "it")
            .text();
    assertThat(text).doesNotContain("Abbiamo notato").contains("5 min").contains("record MX");
    String replicating =
        replies
            .write(report(Finding.of(FindingCode.NS_SERIAL_MISMATCH, "detail", "1 / 2")), "it")
            .text();
    assertThat(replicating).doesNotContain("Abbiamo notato").contains("È tutto in ordine");
  }

  @Test
  @DisplayName(
      "a DNS host's own fault: the customer asks that host; at the home provider it is ours")
  void dnsHostProblems() {
    Finding noTcp = Finding.of(FindingCode.NS_NO_TCP, "nameserver", "ns1.example.net.");
    String elsewhere =
        replies
            .write(
                new Report(
                    "signed.it",
                    DomainName.of("signed.it"),
                    Verdict.ERROR,
                    ProviderRef.of("cloudflare", "Cloudflare"),
                    ProviderRef.of("ovhcloud", "OVHcloud"),
                    new ReportRecords(List.of("ns1.example.net."), List.of(), List.of(), List.of()),
                    List.of(noTcp),
                    Duration.ZERO),
                "en")
            .text();
    assertThat(elsewhere)
        .contains("Please ask Cloudflare")
        .contains("ns1.example.net.")
        .doesNotContain("We also noticed");
    String atHome = replies.write(report(noTcp), "en").text();
    assertThat(atHome).contains("We also noticed").doesNotContain("Please ask");
  }

  @Test
  @DisplayName("a mail server problem is the customer's only when no known provider runs it")
  void ownMailServerProblems() {
    Finding down =
        Finding.of(
            FindingCode.SMTP_UNREACHABLE,
            "host",
            "mail.signed.it.",
            "port",
            "25",
            "addresses",
            "x");
    String withProvider = replies.write(report(down), "de").text();
    assertThat(withProvider).doesNotContain("mail.signed.it.");
    String own =
        replies
            .write(
                new Report(
                    "signed.it",
                    DomainName.of("signed.it"),
                    Verdict.ERROR,
                    ProviderRef.of("ovhcloud", "OVHcloud"),
                    null,
                    new ReportRecords(List.of("dns109.ovh.net."), List.of(), List.of(), List.of()),
                    List.of(down),
                    Duration.ZERO),
                "de")
            .text();
    assertThat(own).contains("Ihr Mailserver mail.signed.it.").contains("Port 25");
  }
}
