package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.checks.dkim.DkimKey;
import dev.mxbot.checks.dkim.DkimKeyTest;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.ReportText;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the DKIM answers mean")
class DkimFindingsTest {

  private static final String ED25519 = "v=DKIM1; k=ed25519; p=" + "A".repeat(43) + "=";

  private static DnsAnswer answer(
      String name, Status status, List<String> aliases, String... texts) {
    List<DnsRecord> records =
        Arrays.stream(texts).map(t -> new DnsRecord(name, RecordType.TXT, 300, t)).toList();
    return new DnsAnswer(name, RecordType.TXT, status, records, aliases, false, false, null);
  }

  /** The findings for answers none of which a broken CNAME chain explains. */
  private static List<Finding> judge(
      String domain, List<String> selectors, List<DnsAnswer> answers, DnsAnswer base) {
    return DkimFindings.judge(
        domain, selectors, answers.stream().map(ChainedAnswer::of).toList(), base);
  }

  private static DnsAnswer base(Status status) {
    return answer("_domainkey.example.it.", status, List.of());
  }

  @Test
  @DisplayName(
      "a key still marked t=y (testing) is found, and the agent is told it counts for nothing")
  void testingKey() {
    DnsAnswer key = answer("s1._domainkey.example.it.", Status.OK, List.of(), ED25519 + "; t=s:Y");

    List<Finding> findings = judge("example.it", List.of("s1"), List.of(key), base(Status.NODATA));

    assertThat(findings)
        .extracting(Finding::code)
        .containsExactly(FindingCode.DKIM_FOUND, FindingCode.DKIM_TESTING);
    assertThat(findings.get(1).param("selector")).isEqualTo("s1");
    assertThat(findings.get(0).param("verifyKey"))
        .as("the key found never says receivers verify what they treat as unsigned")
        .isEqualTo("dkim.verify.testing");
  }

  @Test
  @DisplayName(
      "an 8192-bit RSA key is found, and the agent is warned it is over 4096 bits, with selector"
          + " and size")
  void keyTooLarge() throws Exception {
    DnsAnswer key =
        answer(
            "s1._domainkey.example.it.",
            Status.OK,
            List.of(),
            "v=DKIM1; k=rsa; p=" + DkimKeyTest.rsaKeyOfSize(8192));

    List<Finding> findings = judge("example.it", List.of("s1"), List.of(key), base(Status.NODATA));

    assertThat(findings)
        .extracting(Finding::code)
        .containsExactly(FindingCode.DKIM_FOUND, FindingCode.DKIM_KEY_TOO_LARGE);
    assertThat(findings.get(0).param("key")).isEqualTo("RSA-8192");
    assertThat(new ReportText(Messages.of("en")).message(findings.get(0)))
        .as("the key found never says every receiver can verify it, beside the warning")
        .endsWith(
            "only the receivers that handle keys of this size can verify the mail signed with it.")
        .doesNotContain("{");
    assertThat(findings.get(1).params())
        .containsEntry("selector", "s1")
        .containsEntry("bits", "8192");
  }

  @Test
  @DisplayName("a 4096-bit RSA key and an Ed25519 key are found without a size warning")
  void keyAtTheLimit() throws Exception {
    DnsAnswer rsa =
        answer(
            "s1._domainkey.example.it.",
            Status.OK,
            List.of(),
            "v=DKIM1; k=rsa; p=" + DkimKeyTest.rsaKeyOfSize(4096));
    DnsAnswer ed = answer("s2._domainkey.example.it.", Status.OK, List.of(), ED25519);

    List<Finding> findings =
        judge("example.it", List.of("s1", "s2"), List.of(rsa, ed), base(Status.NODATA));

    assertThat(findings)
        .extracting(Finding::code)
        .containsExactly(FindingCode.DKIM_FOUND, FindingCode.DKIM_FOUND);
  }

  @Test
  @DisplayName("t=s alone (strict subdomains) is not testing")
  void strictIsNotTesting() {
    assertThat(DkimKey.isTesting(ED25519 + "; t=s")).isFalse();
    assertThat(DkimKey.isTesting(ED25519)).isFalse();
    assertThat(DkimKey.isTesting("v=DKIM1; t=y; p=")).isTrue();
  }

  @Test
  @DisplayName("a key behind a CNAME is found, named by selector and where it was read")
  void foundThroughCname() {
    DnsAnswer key =
        answer(
            "s1._domainkey.example.it.",
            Status.OK,
            List.of("s1._domainkey.1.eu.dkim.mail.example.net."),
            ED25519);

    List<Finding> findings = judge("example.it", List.of("s1"), List.of(key), base(Status.NODATA));

    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.DKIM_FOUND);
    assertThat(findings.get(0).params())
        .containsEntry("selector", "s1")
        .containsEntry("key", "Ed25519")
        .containsEntry("at", "s1._domainkey.1.eu.dkim.mail.example.net");
  }

  @Test
  @DisplayName("a CNAME to a provider name without key means DKIM is not activated there yet")
  void cnameWithoutKey() {
    DnsAnswer pending =
        answer(
            "s1._domainkey.example.it.",
            Status.NXDOMAIN,
            List.of("s1._domainkey.1.eu.dkim.mail.example.net."));

    List<Finding> findings =
        judge("example.it", List.of("s1"), List.of(pending), base(Status.NODATA));

    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.DKIM_KEY_INVALID);
    assertThat(findings.get(0).param("reasonKey")).isEqualTo("reason.dkim.cname_nxdomain");
    assertThat(findings.get(0).param("at")).isEqualTo("s1._domainkey.1.eu.dkim.mail.example.net");
  }

  @Test
  @DisplayName("no _domainkey name at all: no key is published")
  void nothingBelowDomainkey() {
    DnsAnswer none = answer("s1._domainkey.example.it.", Status.NXDOMAIN, List.of());

    assertThat(judge("example.it", List.of("s1"), List.of(none), base(Status.NXDOMAIN)))
        .extracting(Finding::code)
        .containsExactly(FindingCode.DKIM_NOT_FOUND);
  }

  @Test
  @DisplayName("names below _domainkey but no tried selector: ask which selector, say which tried")
  void unknownSelector() {
    DnsAnswer none = answer("s1._domainkey.example.it.", Status.NXDOMAIN, List.of());
    DnsAnswer spf = answer("s2._domainkey.example.it.", Status.OK, List.of(), "v=spf1 -all");
    DnsAnswer late = DnsAnswer.timeout("s3._domainkey.example.it.", RecordType.TXT);

    List<Finding> findings =
        judge(
            "example.it", List.of("s1", "s2", "s3"), List.of(none, spf, late), base(Status.NODATA));

    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.DKIM_UNKNOWN);
    assertThat(findings.get(0).params())
        .containsEntry("selectors", "s1, s2")
        .containsEntry("triedKey", DkimFindings.TRIED);
  }

  @Test
  @DisplayName(
      "names below _domainkey and no selector known for the provider: says none was tried, and"
          + " names no selector")
  void noSelectorTried() {
    Finding unknown =
        judge("example.it", List.of(), List.of(), base(Status.NODATA)).stream()
            .filter(f -> f.code() == FindingCode.DKIM_UNKNOWN)
            .findFirst()
            .orElseThrow();

    assertThat(unknown.params())
        .containsEntry("triedKey", DkimFindings.UNTRIED)
        .doesNotContainKey("selectors");
  }

  @Test
  @DisplayName("nothing is claimed when _domainkey could not be asked")
  void unanswered() {
    DnsAnswer late = DnsAnswer.timeout("_domainkey.example.it.", RecordType.TXT);

    assertThat(judge("example.it", List.of(), List.of(), late)).isEmpty();
  }
}
