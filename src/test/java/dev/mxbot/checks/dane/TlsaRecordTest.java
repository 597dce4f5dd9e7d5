package dev.mxbot.checks.dane;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TLSA record reader")
class TlsaRecordTest {

  @ParameterizedTest(name = "{0}: usable for SMTP {1}")
  @CsvSource({
    "3 1 1 abcd, true",
    "2 0 1 ABCD, true",
    "3 0 0 30820122, true",
    "1 1 1 ABCD, false",
    "0 0 1 ABCD, false",
    "3 2 1 ABCD, false",
    "3 1 3 ABCD, false",
  })
  void usable(String text, boolean usable) {
    assertThat(TlsaRecord.parse(text))
        .get()
        .extracting(TlsaRecord::usableForSmtp)
        .isEqualTo(usable);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3 1 1", "x 1 1 AB", "256 1 1 AB", "3 -1 1 AB"})
  @DisplayName("not a TLSA record's data: empty")
  void unreadable(String text) {
    assertThat(TlsaRecord.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  @DisplayName("data upper-cased and joined; parameters as 3 1 1")
  void fields() {
    TlsaRecord record = TlsaRecord.parse("3 1 1 ab cd").orElseThrow();

    assertThat(record.data()).isEqualTo("ABCD");
    assertThat(record.parameters()).isEqualTo("3 1 1");
  }
}
