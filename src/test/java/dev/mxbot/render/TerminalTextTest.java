package dev.mxbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text printed to a terminal")
class TerminalTextTest {

  @Test
  @DisplayName(
      "shows escape sequences, bidi overrides and zero-width characters instead of obeying them")
  void neutralisesControls() {
    String hostile = "v=spf1 \u001b[2J\u202Eevil\u200B\u0000 ~all";

    String safe = TerminalText.safe(hostile);

    assertThat(safe).isEqualTo("v=spf1 \\u001B[2J\\u202Eevil\\u200B\\u0000 ~all");
  }

  @Test
  @DisplayName("leaves accents, emoji and CJK alone")
  void keepsText() {
    assertThat(TerminalText.safe("caffè.it ✅ 例え")).isEqualTo("caffè.it ✅ 例え");
  }
}
