package dev.mxbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Area;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding texts: a reason given as a message key is read in the agent's language. */
@DisplayName("finding texts")
class ReportTextTest {

  private static final Finding SHORT_KEY =
      Finding.of(
          FindingCode.DKIM_KEY_INVALID,
          "selector",
          "s1",
          "reasonKey",
          "reason.dkim.rsa_short",
          "bits",
          "512",
          "at",
          "s1._domainkey.example.it");

  @Test
  @DisplayName("an Italian agent reads why the DKIM key is unusable in Italian, with its size")
  void dkimReasonInItalian() {
    assertThat(new ReportText(Messages.of("it")).message(SHORT_KEY))
        .contains("(chiave RSA di 512 bit, sotto il minimo di 1024; letto in s1._domainkey");
  }

  @Test
  @DisplayName("in English the same finding says the same")
  void dkimReasonInEnglish() {
    assertThat(new ReportText(Messages.of("en")).message(SHORT_KEY))
        .contains("(RSA key of 512 bits, under the 1024 minimum; read at s1._domainkey");
  }

  private static String headline(Verdict verdict, Set<Area> unchecked, Finding... findings) {
    Report report =
        new Report(
            "example.it",
            DomainName.of("example.it"),
            verdict,
            null,
            null,
            ReportRecords.UNANSWERED,
            List.of(findings),
            Duration.ofMillis(40),
            Duration.ZERO,
            unchecked,
            12);
    return new ReportText(Messages.of("en")).verdict(report);
  }

  @Test
  @DisplayName(
      "an incomplete report says what it found in what was checked, never 'Works' nor 'Could not"
          + " be checked'; 'Could not be checked' is for a domain whose DNS did not answer")
  void incompleteHeadlines() {
    Finding timeout = Finding.of(FindingCode.DNS_TIMEOUT);

    assertThat(
            headline(
                Verdict.UNKNOWN, Set.of(Area.DMARC), Finding.of(FindingCode.SPF_VALID), timeout))
        .isEqualTo("No problem found in what was checked — incomplete report, not checked: DMARC");
    assertThat(
            headline(
                Verdict.WARNING, Set.of(Area.MX), Finding.of(FindingCode.DKIM_NOT_FOUND), timeout))
        .isEqualTo("Warnings found — incomplete report, not checked: MX");
    assertThat(headline(Verdict.UNKNOWN, Set.of(Area.DOMAIN, Area.MX), timeout))
        .startsWith("Could not be checked — incomplete report");
    assertThat(headline(Verdict.WARNING, Set.of(), Finding.of(FindingCode.DKIM_NOT_FOUND)))
        .isEqualTo("Works, with warnings");
  }

  private static Report report(
      ReportRecords records, Set<Area> unchecked, Verdict verdict, Finding... findings) {
    return new Report(
        "example.it",
        DomainName.of("example.it"),
        verdict,
        null,
        null,
        records,
        List.of(findings),
        Duration.ofMillis(40),
        Duration.ZERO,
        unchecked,
        12);
  }

  @Test
  @DisplayName(
      "the header never says 'not recognised' for what was not read: 'not checked' when the MX"
          + " or the nameservers got no answer, the providers when the MX set mixes them")
  void headerProviders() {
    ReportText text = new ReportText(Messages.of("en"));
    ReportRecords mxRead =
        new ReportRecords(List.of("ns1.example.net."), List.of(), List.of(), List.of());

    Report unanswered =
        report(
            ReportRecords.UNANSWERED,
            Set.of(Area.DNS_HOST, Area.MX),
            Verdict.UNKNOWN,
            Finding.of(FindingCode.DNS_TIMEOUT));
    assertThat(text.mailProvider(unanswered)).isEqualTo("not checked");
    assertThat(text.dnsHost(unanswered)).isEqualTo("not checked");

    ReportRecords oneMx =
        new ReportRecords(
            List.of("ns1.example.net."),
            List.of(new MxEntry(10, "mx.example.net.")),
            List.of(),
            List.of());
    Report mixed =
        report(
            oneMx,
            Set.of(),
            Verdict.WARNING,
            Finding.of(FindingCode.MX_MIXED_PROVIDERS, "providers", "OVHcloud, Google Workspace"));
    assertThat(text.mailProvider(mixed)).isEqualTo("mixed: OVHcloud, Google Workspace");
    assertThat(text.dnsHost(mixed)).isEqualTo("not recognised");

    assertThat(text.mailProvider(report(mxRead, Set.of(), Verdict.OK))).isEqualTo("none");
    assertThat(text.mailProvider(report(oneMx, Set.of(), Verdict.OK))).isEqualTo("not recognised");
  }

  private static String permissive(String all, String case_) {
    return new ReportText(Messages.of("en"))
        .message(
            Finding.of(FindingCode.SPF_PERMISSIVE, "all", all, "endingKey", "reason.spf." + case_));
  }

  @Test
  @DisplayName("SPF_PERMISSIVE with +all says any server may send, and nothing about neutral")
  void permissivePlusAll() {
    assertThat(permissive("+all", "plus_all"))
        .startsWith("The SPF record ends with +all, which lets any server in the world send")
        .doesNotContain("neutral", "redirect");
  }

  @Test
  @DisplayName("SPF_PERMISSIVE with ?all says neutral: no verdict, so no protection")
  void permissiveNeutral() {
    assertThat(permissive("?all", "neutral_all"))
        .startsWith("The SPF record ends with ?all (neutral)")
        .doesNotContain("any server in the world", "redirect");
  }

  @Test
  @DisplayName("SPF_PERMISSIVE without all or redirect says the default result is neutral")
  void permissiveNoAll() {
    assertThat(permissive("?all", "no_all"))
        .startsWith("The SPF record has neither an all mechanism nor redirect=")
        .contains("default neutral result")
        .doesNotContain("any server in the world");
  }

  @Test
  @DisplayName("SPF_TOO_MANY_LOOKUPS gives the count when it finished, else says more than 10")
  void lookups() {
    ReportText en = new ReportText(Messages.of("en"));
    Finding counted =
        Finding.of(
            FindingCode.SPF_TOO_MANY_LOOKUPS,
            "count",
            "12",
            "lookupsKey",
            "reason.spf.lookups_counted",
            "heaviest",
            "include:a.example",
            "heaviestCount",
            "9");
    Finding over =
        Finding.of(
            FindingCode.SPF_TOO_MANY_LOOKUPS,
            "count",
            ">10",
            "lookupsKey",
            "reason.spf.lookups_over",
            "heaviest",
            "include:a.example",
            "heaviestCount",
            "9");

    assertThat(en.message(counted))
        .startsWith(
            "The SPF record needs 12 DNS lookups, more than the limit of 10 (the heaviest term,"
                + " include:a.example, needs 9): receivers reject it");
    assertThat(en.message(over))
        .startsWith("The SPF record needs more than the 10 DNS lookups allowed")
        .contains("include:a.example, needs at least 9")
        .doesNotContain(">10");
  }
}
