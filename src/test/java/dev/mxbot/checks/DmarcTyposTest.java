package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.checks.dmarc.DmarcTypos;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Why do we get no DMARC reports?" — a tag one slip away from a known one. */
@DisplayName("DMARC tag typos")
class DmarcTyposTest {

  /** The DMARC_TAG_TYPO findings for one record at example.it. */
  private static List<Finding> typos(String record) {
    return DmarcFindings.judge(List.of(record), "example.it", "example.it", false).stream()
        .filter(f -> f.code() == FindingCode.DMARC_TAG_TYPO)
        .toList();
  }

  @Test
  @DisplayName("rau= is taken for rua=: the finding names both and quotes what is written")
  void swappedLetters() {
    List<Finding> typos = typos("v=DMARC1; p=quarantine; rau=mailto:dmarc@example.it");

    assertThat(typos).extracting(Finding::code).containsExactly(FindingCode.DMARC_TAG_TYPO);
    assertThat(typos.get(0).params())
        .containsEntry("tag", "rau")
        .containsEntry("meant", "rua")
        .containsEntry("written", "rau=mailto:dmarc@example.it");
  }

  @Test
  @DisplayName("one letter added, dropped or changed counts; two slips or an unrelated tag do not")
  void oneSlipOnly() {
    assertThat(DmarcTypos.oneSlip("ruaa", "rua")).isTrue();
    assertThat(DmarcTypos.oneSlip("ru", "rua")).isTrue();
    assertThat(DmarcTypos.oneSlip("rub", "rua")).isTrue();
    assertThat(DmarcTypos.oneSlip("apsf", "aspf")).isTrue();
    assertThat(DmarcTypos.oneSlip("aud", "rua")).isFalse();
    assertThat(DmarcTypos.oneSlip("report", "rua")).isFalse();
    assertThat(DmarcTypos.oneSlip("rua", "rua")).isFalse();
  }

  @Test
  @DisplayName("known tags, one-letter neighbours and unrelated extensions are left alone")
  void noFalseAlarms() {
    assertThat(
            typos(
                "v=DMARC1; p=reject; sp=reject; np=reject; rua=mailto:a@example.it;"
                    + " ruf=mailto:a@example.it; adkim=s; aspf=s; pct=100; fo=1; rf=afrf;"
                    + " ri=86400; t=n; psd=n; x=1; custom=1"))
        .isEmpty();
  }

  @Test
  @DisplayName("an invalid record gets its syntax finding, not a typo on top")
  void invalidRecordFirst() {
    assertThat(typos("v=DMARC1; p=rejetc; rau=mailto:a@example.it")).isEmpty();
  }
}
