package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.checks.dmarc.DmarcPolicy;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading SPF and DMARC text")
class RecordReadingTest {

  private static DnsAnswer txt(String... texts) {
    List<DnsRecord> records =
        java.util.Arrays.stream(texts)
            .map(t -> new DnsRecord("example.it.", RecordType.TXT, 300, t))
            .toList();
    return new DnsAnswer(
        "example.it.", RecordType.TXT, DnsAnswer.Status.OK, records, List.of(), true, false, null);
  }

  @Test
  @DisplayName("only records starting with v=spf1 as a whole word count as SPF")
  void spfVersion() {
    DnsAnswer answer =
        txt(
            "v=spf1 include:mx.ovh.com ~all",
            "V=SPF1 -all",
            "v=spf1",
            "v=spf10 -all",
            "google-site-verification=x",
            "spf1 -all");

    assertThat(TxtRecords.withVersion(answer, "v=spf1"))
        .containsExactly("v=spf1 include:mx.ovh.com ~all", "V=SPF1 -all", "v=spf1");
  }

  @Test
  @DisplayName("DMARC policy: p, or sp when inherited from the organisational domain")
  void dmarcPolicy() {
    assertThat(DmarcPolicy.parse("v=DMARC1; p=Reject; sp=none", false).effective())
        .isEqualTo("reject");
    assertThat(DmarcPolicy.parse("v=DMARC1; p=reject; sp=none", true).effective())
        .isEqualTo("none");
    assertThat(DmarcPolicy.parse("v=DMARC1; rua=mailto:x@example.it", false).effective()).isEmpty();
  }

  @Test
  @DisplayName("the organisational domain comes from the public suffix list")
  void organisationalDomain() {
    assertThat(DmarcCheck.organisationalDomain("shop.example.co.uk")).contains("example.co.uk");
    assertThat(DmarcCheck.organisationalDomain("example.it")).isEmpty();
  }
}
