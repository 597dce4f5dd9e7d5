package dev.mxbot.publicsuffix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mxbot.core.DomainName;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.ParsedDomain;
import dev.mxbot.fuzz.HostileStrings;
import dev.mxbot.fuzz.RefusalSentences;
import dev.mxbot.i18n.Messages;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an agent pastes after /mx, the shipped input policy answers a public name or a sentence.
 */
@Label("InputPolicy (public-suffix list) on any text")
class PublicInputFuzzTest {

  private static final GuavaPublicSuffixes SUFFIXES = new GuavaPublicSuffixes();
  private static final InputPolicy POLICY =
      new InputPolicy(InputPolicy.DEFAULT_DENIED_SUFFIXES, SUFFIXES, Messages.LANGUAGES);

  @Provide
  Arbitrary<String> typed() {
    return HostileStrings.any();
  }

  private static ParsedDomain parse(String input) {
    return assertTimeoutPreemptively(
        HostileStrings.BOUND, () -> POLICY.parse(input), () -> "hung on " + input);
  }

  @Property(tries = 3000)
  @Label("any string is a name under a public top-level domain or a refusal with a sentence")
  void publicOrRefused(@ForAll("typed") String input) {
    ParsedDomain parsed = parse(input);

    if (parsed.isAccepted()) {
      assertThat(SUFFIXES.isPublic(parsed.domain())).as(parsed.domain().ascii()).isTrue();
      assertThat(parse(parsed.domain().unicode()).domain()).isEqualTo(parsed.domain());
    } else {
      InputRefusal refusal = parsed.refusal();
      assertThat(refusal.code())
          .isIn(InputRefusal.EMPTY, InputRefusal.INVALID, InputRefusal.NOT_ALLOWED);
      RefusalSentences.assertClear(refusal);
    }
  }

  @Property(tries = 3000)
  @Label("a name the syntax accepts is refused only as not allowed, never as invalid")
  void syntaxFirst(@ForAll("typed") String input) {
    ParsedDomain syntax = DomainName.parse(input, InputPolicy.DEFAULT_DENIED_SUFFIXES);
    if (!syntax.isAccepted()) {
      assertThat(parse(input).refusal()).isEqualTo(syntax.refusal());
      return;
    }
    ParsedDomain parsed = parse(input);
    if (!parsed.isAccepted()) {
      assertThat(parsed.refusal().code()).isEqualTo(InputRefusal.NOT_ALLOWED);
      assertThat(parsed.refusal().rule()).isEqualTo("not_public_tld");
    }
  }
}
