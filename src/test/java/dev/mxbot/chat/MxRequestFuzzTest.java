package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mxbot.core.InputRefusal;
import dev.mxbot.fuzz.HostileStrings;
import dev.mxbot.fuzz.RefusalSentences;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever follows /mx, the request parser answers with a request or a sentence. */
@Label("MxRequest.parse on any text")
class MxRequestFuzzTest {

  private static final Set<String> LANGS = Set.of("en", "it", "fr");

  @Provide
  Arbitrary<String> typed() {
    return HostileStrings.any();
  }

  @Property(tries = 3000)
  @Label("any text is a request, help, or a refusal with an English sentence, never an exception")
  void parsesOrRefuses(@ForAll("typed") String text) {
    ParsedRequest parsed =
        assertTimeoutPreemptively(
            HostileStrings.BOUND, () -> MxRequest.parse(text, LANGS), () -> "hung on " + text);

    if (parsed.isAccepted()) {
      MxRequest request = parsed.request();
      assertThat(request.domainInput()).isNotBlank();
      assertThat(request.dkimSelectors()).hasSizeLessThanOrEqualTo(MxRequest.MAX_SELECTORS);
      request.lang().ifPresent(lang -> assertThat(LANGS).contains(lang));
      assertThat(request.domainInputs()).hasSizeLessThanOrEqualTo(MxRequest.MAX_DOMAINS);
    } else if (parsed.help()) {
      assertThat(text.strip()).matches("(?i)help|\\?|-h|--help");
    } else {
      InputRefusal refusal = parsed.refusal();
      RefusalSentences.assertClear(refusal);
    }
  }
}
