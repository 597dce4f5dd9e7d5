package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Change;
import dev.mxbot.core.Changes;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/mx history <domain>")
class HistoryRequestTest {

  private static ParsedRequest parse(String text) {
    return MxRequest.parse(text, Set.copyOf(Messages.LANGUAGES));
  }

  @Test
  @DisplayName("history and one domain ask for the history; anything else is a check as before")
  void parsing() {
    assertThat(parse("history example.it").historyOf()).isEqualTo("example.it");
    assertThat(parse("  HISTORY   Example.IT ").historyOf()).isEqualTo("Example.IT");
    assertThat(parse("history").historyOf()).isNull();
    assertThat(parse("history a.it b.it").historyOf()).isNull();
    assertThat(parse("example.it").isAccepted()).isTrue();
    assertThat(MxRequest.ofOptions("history example.it", "", "", false, Set.of("en")).historyOf())
        .isEqualTo("example.it");
  }

  @Test
  @DisplayName("the lines: one per check, changes under it, DNS control characters shown")
  void lines() {
    Instant then = Instant.parse("2026-12-05T09:00:00Z");
    HistoryEntry entry =
        new HistoryEntry(
            then.plusSeconds(3600),
            "warning",
            List.of("MX_HOME_OUTDATED"),
            new Changes(
                then,
                then.plusSeconds(3600),
                List.of(new Change("spf", List.of("v=spf1 \u001b[2J"), List.of()))),
            true);

    String text =
        HistoryLines.of(
            List.of(entry, new HistoryEntry(then, "ok", List.of(), null, true)), Messages.of("en"));

    assertThat(text)
        .isEqualTo(
            "• 2026-12-05 10:00 UTC · Works, with warnings · MX_HOME_OUTDATED\n"
                + "    🔁 SPF v=spf1 \\u001B[2J → ∅\n"
                + "• 2026-12-05 09:00 UTC · All good · ");
  }

  @Test
  @DisplayName(
      "a verdict in the agent's language, as the report said it: an incomplete check with warnings"
          + " never 'works'")
  void verdictInWords() {
    Instant then = Instant.parse("2026-12-05T09:00:00Z");
    List<HistoryEntry> entries =
        List.of(
            new HistoryEntry(then, "warning", List.of("DNS_TIMEOUT"), null, false),
            new HistoryEntry(then, "error", List.of("MX_MISSING"), null, true),
            new HistoryEntry(then, "unknown", List.of("DNS_TIMEOUT"), null, false));

    assertThat(HistoryLines.of(entries, Messages.of("en")))
        .isEqualTo(
            "• 2026-12-05 09:00 UTC · Warnings found · DNS_TIMEOUT\n"
                + "• 2026-12-05 09:00 UTC · Problems found · MX_MISSING\n"
                + "• 2026-12-05 09:00 UTC · Could not be checked · DNS_TIMEOUT");
    assertThat(HistoryLines.of(entries.subList(1, 2), Messages.of("fr")))
        .doesNotContain("error")
        .contains(Messages.of("fr").get("verdict.error"));
  }
}
