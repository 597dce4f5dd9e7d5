package dev.mxbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.i18n.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding texts: a reason given as a message key is read in the agent's language. */
@DisplayName("finding texts")
class ReportTextTest {

  private static final Finding SHORT_KEY =
      Finding.of(
          FindingCode.DKIM_KEY_INVALID,
          "selector",
          "s1",
          "reasonKey",
          "reason.dkim.rsa_short",
          "bits",
          "512",
          "at",
          "s1._domainkey.example.it");

  @Test
  @DisplayName("an Italian agent reads why the DKIM key is unusable in Italian, with its size")
  void dkimReasonInItalian() {
    assertThat(new ReportText(Messages.of("it")).message(SHORT_KEY))
        .contains("(chiave RSA di 512 bit, sotto il minimo di 1024; letto in s1._domainkey");
  }

  @Test
  @DisplayName("in English the same finding says the same")
  void dkimReasonInEnglish() {
    assertThat(new ReportText(Messages.of("en")).message(SHORT_KEY))
        .contains("(RSA key of 512 bits, under the 1024 minimum; read at s1._domainkey");
  }
}
