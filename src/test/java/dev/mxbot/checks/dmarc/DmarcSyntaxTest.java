package dev.mxbot.checks.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reading a DMARC record tag by tag")
class DmarcSyntaxTest {

  private static java.util.Optional<DmarcProblem> problem(String record) {
    return DmarcSyntax.problem(DmarcRecord.read(record));
  }

  @ParameterizedTest(name = "[{0}] is valid")
  @DisplayName("the RFC 7489 Appendix B examples and DMARCbis records are valid")
  @ValueSource(
      strings = {
        "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com",
        "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com;"
            + " ruf=mailto:auth-reports@thirdparty.example.net",
        "v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,"
            + "mailto:tld-test@thirdparty.example.net!10m; pct=25",
        "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; fo=1:d; rf=afrf; ri=86400",
        "v=DMARC1; p=reject; np=reject; psd=n; t=y; rua=mailto:a@example.com!1g",
        "v=DMARC1;p=none",
        "v=DMARC1; p=Reject;",
        "  V = DMARC1 ;  P = quarantine ; pct = 0 ;; ",
        "v=dmarc1; p=none",
        "v=DMARC1; p=none; foo=bar",
      })
  void valid(String record) {
    assertThat(problem(record)).isEmpty();
  }

  @ParameterizedTest(name = "[{0}] → tag {1}, found [{2}], expected [{3}]")
  @DisplayName("malformed records users reported name the tag, the value and what is expected")
  @CsvSource(
      delimiter = '#',
      value = {
        "p=none; v=DMARC1 # v # p=none # v=DMARC1; p=none",
        "v=DMARC1; rua=mailto:d@example.com # p # '' # none | quarantine | reject",
        "v=DMARC1; policy=reject # p # policy=reject # none | quarantine | reject",
        "v=DMARC1; p=rejected # p # rejected # none | quarantine | reject",
        "v=DMARC1; p=reject; pct=150 # pct # 150 # 0-100",
        "v=DMARC1; p=reject; rua=dmarc@example.com # rua # dmarc@example.com # mailto:dmarc@example.com[!10m], mailto:…",
        "v=DMARC1; p=none; p=reject # p # p=none; p=reject # p=none | p=reject",
        "v=DMARC1; p=reject rua=mailto:d@example.com # p # reject rua=mailto:d@example.com # reject; rua=mailto:d@example.com",
        "v=DMARC1 p=none # v # DMARC1 p=none # DMARC1; p=none",
        "v=DMARC2; p=none # v # DMARC2 # DMARC1",
        "v=DMARC1; p=none; adkim=relaxed # adkim # relaxed # r | s",
        "v=DMARC1; p=none; fo=1:x # fo # 1:x # 0 | 1 | d | s (fo=1:d)",
        "v=DMARC1; p=none; rua=mailto:d@example.com!10x # rua # mailto:d@example.com!10x # mailto:dmarc@example.com[!10m], mailto:…",
        "v=DMARC1; p=none; t=yes # t # yes # y | n",
        "v=DMARC1; p=none; reject # reject # reject # tag=value",
      })
  void invalid(String record, String tag, String value, String expected) {
    assertThat(problem(record)).contains(new DmarcProblem(tag, value, expected));
  }

  @Test
  @DisplayName("the policy is p, sp when inherited, with pct defaulting to 100")
  void policy() {
    assertThat(DmarcPolicy.parse("v=DMARC1; p=REJECT; pct=25", false))
        .isEqualTo(new DmarcPolicy("reject", 25));
    assertThat(DmarcPolicy.parse("v=DMARC1; p=reject; sp=none", true))
        .isEqualTo(new DmarcPolicy("none", 100));
    assertThat(DmarcPolicy.parse("v=DMARC1; p=quarantine", true).effective())
        .isEqualTo("quarantine");
  }

  @Test
  @DisplayName("a TXT at _dmarc counts as DMARC when it starts with v=DMARC1 or holds it elsewhere")
  void recognised() {
    assertThat(DmarcRecord.read("p=none; v=DMARC1").isDmarc()).isTrue();
    assertThat(DmarcRecord.read("v=DMARC1p=none").isDmarc()).isTrue();
    assertThat(DmarcRecord.read("p=none; v=DMARC1").startsWithVersion()).isFalse();
    assertThat(DmarcRecord.read("google-site-verification=abc").isDmarc()).isFalse();
  }
}
