package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mxbot.checks.dmarc.DmarcProblem;
import dev.mxbot.checks.dmarc.DmarcRecord;
import dev.mxbot.checks.dmarc.DmarcSyntax;
import dev.mxbot.checks.spf.SpfParsed;
import dev.mxbot.checks.spf.SpfParser;
import dev.mxbot.checks.spf.SpfRecord;
import dev.mxbot.checks.spf.SpfSyntaxError;
import dev.mxbot.fuzz.HostileStrings;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a customer published in TXT, the SPF and DMARC parsers read it or say what is wrong. */
@Label("SPF and DMARC parsers on any TXT text")
class RecordParsersFuzzTest {

  @Provide
  Arbitrary<String> spfText() {
    return Arbitraries.oneOf(
        HostileStrings.any(), HostileStrings.pieces(80).map(s -> "v=spf1 " + s));
  }

  @Provide
  Arbitrary<String> dmarcText() {
    return Arbitraries.oneOf(
        HostileStrings.any(), HostileStrings.pieces(80).map(s -> "v=DMARC1; " + s));
  }

  private static SpfParsed spf(String text) {
    return assertTimeoutPreemptively(
        HostileStrings.BOUND, () -> SpfRecord.parse(text), () -> "hung on " + text);
  }

  @Property(tries = 3000)
  @Label("any text is an SPF record or a syntax error naming the term, never an exception")
  void spfParsesOrNamesTheTerm(@ForAll("spfText") String text) {
    SpfParsed parsed = spf(text);

    if (parsed instanceof SpfSyntaxError error) {
      assertThat(error.reason()).isNotNull();
      assertThat(error.term()).isNotNull();
      assertThat(error.expected()).isNotNull();
      assertThat(error.position()).isPositive();
    } else {
      assertThat(parsed).isInstanceOf(SpfRecord.class);
    }
  }

  @Property(tries = 3000)
  @Label("a parsed SPF record's text, and its terms written again, re-parse to the same terms")
  void spfRoundTrip(@ForAll("spfText") String text) {
    if (!(spf(text) instanceof SpfRecord record)) {
      return;
    }
    String rewritten =
        SpfParser.VERSION
            + record.terms().stream().map(t -> " " + t.text()).collect(Collectors.joining());

    assertThat(spf(record.text())).isEqualTo(record);
    assertThat(((SpfRecord) spf(rewritten)).terms()).isEqualTo(record.terms());
  }

  private static Optional<DmarcProblem> dmarcProblem(DmarcRecord record) {
    return assertTimeoutPreemptively(
        HostileStrings.BOUND, () -> DmarcSyntax.problem(record), () -> "hung on " + record);
  }

  @Property(tries = 3000)
  @Label("any text is read as DMARC parts and judged valid or with a named problem")
  void dmarcReadsAndJudges(@ForAll("dmarcText") String text) {
    DmarcRecord record =
        assertTimeoutPreemptively(
            HostileStrings.BOUND, () -> DmarcRecord.read(text), () -> "hung on " + text);

    dmarcProblem(record)
        .ifPresent(
            problem -> {
              assertThat(problem.tag()).isNotNull();
              assertThat(problem.value()).isNotNull();
              assertThat(problem.expected()).isNotBlank();
            });
  }

  @Property(tries = 3000)
  @Label("DMARC parts written again re-read to the same parts and the same judgement")
  void dmarcRoundTrip(@ForAll("dmarcText") String text) {
    DmarcRecord record = DmarcRecord.read(text);
    String rewritten =
        record.parts().stream().map(DmarcRecord.Part::written).collect(Collectors.joining("; "));

    DmarcRecord again = DmarcRecord.read(rewritten);

    assertThat(again.parts()).isEqualTo(record.parts());
    assertThat(dmarcProblem(again)).isEqualTo(dmarcProblem(record));
  }
}
