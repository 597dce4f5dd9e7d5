package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.HistoryEntry;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.ReportText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The words {@code history} gives a recorded check's verdict, as its report gave them. */
@DisplayName("mxbot history: a recorded check's verdict in words")
class HistoryVerdictTest {

  private static final Instant THEN = Instant.parse("2026-12-06T09:00:00Z");

  private static String words(HistoryEntry entry) {
    return Messages.of("en").get(ReportText.verdictKey(entry));
  }

  @Test
  @DisplayName(
      "an incomplete check with warnings was 'Warnings found', never 'Works, with warnings'; a"
          + " complete one, and one recorded before completeness was kept, read as before")
  void incompleteWarningsNeverWork() {
    List<String> codes = List.of("DNS_TIMEOUT", "DKIM_NOT_FOUND");

    assertThat(words(new HistoryEntry(THEN, "warning", codes, null, false)))
        .isEqualTo("Warnings found");
    assertThat(words(new HistoryEntry(THEN, "warning", codes, null, true)))
        .isEqualTo("Works, with warnings");
    assertThat(words(new HistoryEntry(THEN, "warning", codes, null, null)))
        .isEqualTo("Works, with warnings");
    assertThat(words(new HistoryEntry(THEN, "error", codes, null, false)))
        .isEqualTo("Problems found");
  }
}
