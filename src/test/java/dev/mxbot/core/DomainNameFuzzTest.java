package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mxbot.fuzz.HostileStrings;
import dev.mxbot.fuzz.RefusalSentences;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever an agent pastes after /mx, DomainName.parse answers with a domain or a sentence. */
@Label("DomainName.parse on any text")
class DomainNameFuzzTest {

  private static final List<String> DENIED = List.of("local", "in-addr.arpa", "ip6.arpa", "corp");

  @Provide
  Arbitrary<String> typed() {
    return HostileStrings.any();
  }

  private static ParsedDomain parse(String input) {
    return assertTimeoutPreemptively(
        HostileStrings.BOUND, () -> DomainName.parse(input, DENIED), () -> "hung on " + input);
  }

  @Property(tries = 3000)
  @Label("any string is a domain or a refusal with an English sentence, never an exception")
  void parsesOrRefuses(@ForAll("typed") String input) {
    ParsedDomain parsed = parse(input);

    if (parsed.isAccepted()) {
      assertThat(parsed.domain().ascii()).isNotBlank().hasSizeLessThanOrEqualTo(253);
      assertThat(parsed.domain().ascii()).matches("[a-z0-9._-]+");
    } else {
      InputRefusal refusal = parsed.refusal();
      assertThat(refusal.code())
          .isIn(InputRefusal.EMPTY, InputRefusal.INVALID, InputRefusal.NOT_ALLOWED);
      RefusalSentences.assertClear(refusal);
    }
  }

  @Property(tries = 3000)
  @Label("an accepted domain's ascii and unicode forms re-parse to the same domain")
  void roundTrip(@ForAll("typed") String input) {
    ParsedDomain parsed = parse(input);
    if (!parsed.isAccepted()) {
      return;
    }
    DomainName domain = parsed.domain();

    assertThat(parse(domain.ascii()).domain()).isEqualTo(domain);
    assertThat(parse(domain.unicode()).domain()).isEqualTo(domain);
    assertThat(DomainName.of(domain.ascii())).isEqualTo(domain);
  }
}
