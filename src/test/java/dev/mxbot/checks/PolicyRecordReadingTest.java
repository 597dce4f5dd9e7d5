package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.checks.DmarcFacts.DmarcInForce;
import dev.mxbot.checks.dmarc.DmarcRecord;
import dev.mxbot.checks.policy.BimiRecord;
import dev.mxbot.checks.policy.RecordProblem;
import dev.mxbot.checks.policy.TlsRptRecord;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TLS-RPT and BIMI readers and the choice of DMARC report destinations, without DNS. */
@DisplayName("policy record reading")
class PolicyRecordReadingTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "v=TLSRPTv1; rua=mailto:tls@example.it            | ",
        "V=tlsrptv1 ; rua=https://r.example.it/x ;          | ",
        "v=TLSRPTv1; rua=mailto:a@b.it, https://c.it/r; x=1 | ",
        "v=TLSRPTv1; rua=http://r.example.it/x              | bad_uri",
        "v=TLSRPTv1; rua=mailto:nobody                      | bad_uri",
        "v=TLSRPTv1                                         | no_rua",
        "v=TLSRPTv1; rua=                                   | no_rua",
        "v=TLSRPTv1; rua=mailto:a@b.it; rua=mailto:c@d.it   | syntax",
        "v=TLSRPTv1; oops                                   | syntax",
        "v=TLSRPTv2; rua=mailto:a@b.it                      | version",
      })
  void tlsRpt(String text, String reason) {
    assertThat(TlsRptRecord.problem(text).map(RecordProblem::reason))
        .isEqualTo(Optional.ofNullable(reason));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "v=BIMI1; l=https://example.it/logo.svg; a=https://example.it/vmc.pem | ",
        "v=BIMI1; l=https://example.it/logo.svg                              | ",
        "v=BIMI1; l=; a=;                                                    | ",
        "v=BIMI1; l=https://example.it/logo.svg; avp=brand                   | ",
        "v=BIMI1; l=http://example.it/logo.svg                               | location",
        "v=BIMI1; l=logo.svg                                                 | location",
        "v=BIMI1; l=https://example.it/l.svg; a=ftp://example.it/vmc.pem     | authority",
        "v=BIMI1; a=https://example.it/vmc.pem                               | no_location",
        "v=BIMI1; l=https://a.it/l.svg; l=https://b.it/l.svg                 | syntax",
        "l=https://example.it/logo.svg; v=BIMI1                              | version",
      })
  void bimi(String text, String reason) {
    assertThat(BimiRecord.problem(text).map(RecordProblem::reason))
        .isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  @DisplayName("an empty l= and a= decline BIMI")
  void declination() {
    assertThat(BimiRecord.read("v=BIMI1; l=;").declines()).isTrue();
    assertThat(BimiRecord.read("v=BIMI1; l=https://example.it/l.svg").declines()).isFalse();
  }

  private static DmarcInForce found(String record, String at) {
    return new DmarcInForce(false, Optional.of(DmarcRecord.read(record)), at, false);
  }

  @Test
  @DisplayName(
      "external destinations: mailto: only, size limit dropped, own organisation left out,"
          + " each host once")
  void destinations() {
    DmarcInForce found =
        found(
            "v=DMARC1; p=reject; rua=mailto:a@Reports.Vendor.COM!10m, https://x.it/r,"
                + " mailto:b@mail.shop.co.uk; ruf=mailto:c@reports.vendor.com,"
                + " mailto:d@other.shop.co.uk",
            "www.shop.co.uk");

    assertThat(DmarcReportCheck.externalDestinations(found)).containsExactly("reports.vendor.com");
  }

  @Test
  @DisplayName("at most five external destinations are asked about")
  void destinationsCapped() {
    StringBuilder rua = new StringBuilder("v=DMARC1; p=none; rua=");
    for (int i = 1; i <= 8; i++) {
      rua.append(i > 1 ? "," : "").append("mailto:r@vendor").append(i).append(".com");
    }

    assertThat(DmarcReportCheck.externalDestinations(found(rua.toString(), "example.it")))
        .hasSize(DmarcReportCheck.MAX_DESTINATIONS)
        .startsWith("vendor1.com");
  }

  @Test
  @DisplayName("organisational domains: public suffix list, else the last two labels")
  void organisational() {
    assertThat(DmarcReportCheck.organisational("mail.shop.co.uk")).isEqualTo("shop.co.uk");
    assertThat(DmarcReportCheck.organisational("a.b.example.it")).isEqualTo("example.it");
    assertThat(DmarcReportCheck.organisational("x.y.corp.internal")).isEqualTo("corp.internal");
  }
}
