package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code reply=xx} option of {@code /mx} and the {@code reply} field of Discord. */
@DisplayName("/mx reply=xx")
class ReplyOptionTest {

  private static final Set<String> LANGUAGES = Set.of("en", "fr", "de", "es", "it", "pl", "pt");

  @Test
  @DisplayName("reply=DE-at asks for a German reply; Re-check keeps it")
  void parsed() {
    ParsedRequest parsed = MxRequest.parse("example.it reply=DE-at lang=it", LANGUAGES);
    assertThat(parsed.request().reply()).isEqualTo(Optional.of("de"));
    assertThat(parsed.request().lang()).isEqualTo(Optional.of("it"));
    assertThat(parsed.request().commandText()).isEqualTo("example.it lang=it reply=de");
  }

  @Test
  @DisplayName("no reply option: none asked")
  void absent() {
    assertThat(MxRequest.parse("example.it", LANGUAGES).request().reply()).isEmpty();
  }

  @Test
  @DisplayName("a language without templates is refused (no silent English draft)")
  void unsupportedRefused() {
    ParsedRequest parsed = MxRequest.parse("example.it reply=ja", LANGUAGES);
    assertThat(parsed.refusal().rule()).isEqualTo("bad_reply");
    assertThat(parsed.refusal().params()).containsEntry("lang", "ja");
  }

  @Test
  @DisplayName("two different reply languages are refused")
  void duplicate() {
    assertThat(MxRequest.parse("example.it reply=de reply=fr", LANGUAGES).refusal().rule())
        .isEqualTo("duplicate_option");
  }

  @Test
  @DisplayName("Discord's typed reply field follows the same rules")
  void typedField() {
    assertThat(MxRequest.ofOptions("example.it", "", "", "pt", false, LANGUAGES).request().reply())
        .contains("pt");
    assertThat(MxRequest.ofOptions("example.it", "", "", "xx", false, LANGUAGES).refusal().rule())
        .isEqualTo("bad_reply");
  }
}
