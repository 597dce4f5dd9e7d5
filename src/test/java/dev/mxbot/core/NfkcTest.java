package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An agent's input is normalised to NFKC; ASCII input skips the JDK's normaliser, same result. */
@Label("NFKC of typed input")
class NfkcTest {

  @Property(tries = 3000)
  @Label("ASCII text is its own NFKC, as the JDK's normaliser says")
  void asciiIsItsOwnNfkc(
      @ForAll @CharRange(from = 0, to = 0x7F) @StringLength(max = 80) String ascii) {
    assertThat(HostnameRules.nfkc(ascii))
        .isSameAs(ascii)
        .isEqualTo(Normalizer.normalize(ascii, Normalizer.Form.NFKC));
  }

  @Property(tries = 2000)
  @Label("any other text is the JDK's NFKC")
  void otherTextIsTheJdksNfkc(@ForAll @StringLength(max = 40) String text) {
    assertThat(HostnameRules.nfkc(text))
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
  }

  @Test
  @DisplayName("full-width letters and a ligature typed by an agent become plain letters")
  void compatibilityForms() {
    assertThat(HostnameRules.nfkc("ｅｘａｍｐｌｅ.ｉｔ")).isEqualTo("example.it");
    assertThat(HostnameRules.nfkc("ﬁle.it")).isEqualTo("file.it");
  }
}
