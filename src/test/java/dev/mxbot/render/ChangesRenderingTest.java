package dev.mxbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.core.Change;
import dev.mxbot.core.Changes;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The "changed since" line and the JSON {@code changes}, in every language. */
@DisplayName("changes in the text and JSON reports")
class ChangesRenderingTest {

  private static final GuideCatalog GUIDES =
      GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud");
  private static final Instant THEN = Instant.parse("2026-12-05T06:00:00Z");

  private static Report report(Changes changes) {
    return new Report(
            "example.it",
            DomainName.of("example.it"),
            Verdict.OK,
            null,
            null,
            new ReportRecords(
                List.of("dns109.ovh.net."),
                List.of(new MxEntry(1, "mx0.mail.ovh.net.")),
                List.of("v=spf1 include:mx.ovh.com ~all"),
                List.of()),
            List.of(Finding.of(FindingCode.MX_HOME_CURRENT)),
            Duration.ofMillis(5))
        .withChanges(changes);
  }

  private static Changes mxChanged(Duration ago) {
    return new Changes(
        THEN,
        THEN.plus(ago),
        List.of(
            new Change(
                "mx",
                List.of("1 mx1.mail.ovh.net.", "5 mx2.mail.ovh.net."),
                List.of("1 mx0.mail.ovh.net."))));
  }

  @Test
  @DisplayName("plain text: Changed since 3 h ago: MX … → …")
  void plainLine() {
    String text =
        new PlainTextRenderer(GUIDES).render(report(mxChanged(Duration.ofHours(3))), "en");

    assertThat(text)
        .contains(
            "Changed since 3 h ago: MX 1 mx1.mail.ovh.net., 5 mx2.mail.ovh.net. → 1"
                + " mx0.mail.ovh.net.");
  }

  @Test
  @DisplayName("no line when nothing changed or nothing was recorded")
  void noLine() {
    PlainTextRenderer renderer = new PlainTextRenderer(GUIDES);
    assertThat(renderer.render(report(null), "en")).doesNotContain("Changed since");
    assertThat(renderer.render(report(new Changes(THEN, THEN, List.of())), "en"))
        .doesNotContain("Changed since");
  }

  @Test
  @DisplayName("every language has the line and its ages")
  void everyLanguage() {
    for (String lang : Messages.LANGUAGES) {
      ReportText text = new ReportText(Messages.of(lang));
      for (Duration ago :
          List.of(
              Duration.ofSeconds(10),
              Duration.ofMinutes(12),
              Duration.ofHours(3),
              Duration.ofDays(4))) {
        String line = text.changes(report(mxChanged(ago))).orElseThrow();
        assertThat(line).as(lang).contains("mx0.mail.ovh.net.").doesNotContain("{");
      }
    }
  }

  @Test
  @DisplayName("hostile DNS text is made terminal-safe in the line")
  void hostileText() {
    Changes changes =
        new Changes(
            THEN,
            THEN.plusSeconds(600),
            List.of(new Change("spf", List.of("v=spf1 \u001b[2J -all"), List.of("v=spf1 -all"))));

    String text = new PlainTextRenderer(GUIDES).render(report(changes), "en");

    assertThat(text).doesNotContain("\u001b").contains("SPF v=spf1 \\u001B[2J -all → v=spf1 -all");
  }

  @Test
  @DisplayName("JSON: since in ISO-8601, items keyed like records, MX as preference and host")
  void json() {
    JsonNode json = new JsonRenderer(GUIDES).toJson(report(mxChanged(Duration.ofHours(3))), "en");

    JsonNode changes = json.get("changes");
    assertThat(changes.get("since").asText()).isEqualTo("2026-12-05T06:00:00Z");
    JsonNode item = changes.get("items").get(0);
    assertThat(item.get("record").asText()).isEqualTo("mx");
    assertThat(item.get("before").get(1).get("preference").asInt()).isEqualTo(5);
    assertThat(item.get("before").get(1).get("host").asText()).isEqualTo("mx2.mail.ovh.net.");
    assertThat(item.get("after")).hasSize(1);
    assertThat(new JsonRenderer(GUIDES).toJson(report(null), "en").get("changes").isNull())
        .isTrue();
  }
}
