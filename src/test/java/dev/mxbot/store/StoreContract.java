package dev.mxbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.config.StoreSettings;
import dev.mxbot.core.Change;
import dev.mxbot.core.Changes;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.core.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the store does, the same on every engine: each subclass gives a fresh database URL. Reads
 * like the support conversation: the agent checks, the customer changes a record, the agent checks
 * again.
 */
abstract class StoreContract {

  static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
  static final Duration WAIT = Duration.ofSeconds(30);

  private TestClock clock;
  private StoredHistory history;

  /** A fresh, empty database. */
  abstract String freshUrl() throws Exception;

  @BeforeEach
  void open() throws Exception {
    clock = new TestClock(MONDAY);
    history =
        new StoredHistory(StoreSettings.DEFAULTS.withUrl(freshUrl()), Optional.empty(), clock);
    assertThat(history.awaitReady(WAIT)).as("the store opens and migrates").isTrue();
  }

  @AfterEach
  void close() {
    history.close();
  }

  private void record(String scope, Report report) {
    history.record(
        new CheckHistory.Entry(scope, "slack", "T1", "ab12cd34", report, clock.instant()));
  }

  private Optional<Changes> changes(String scope, Report report) {
    return history.changes(scope, report).join();
  }

  private List<HistoryEntry> latest(String scope, String domain) {
    return history.history(scope, domain, 10, WAIT).orElseThrow();
  }

  @Test
  @DisplayName(
      "agent checks, customer changes MX, agent checks again: the report says what changed")
  void changedSinceLastCheck() {
    Report before = Reports.withMx("example.it", "mx1.mail.ovh.net.", "mx2.mail.ovh.net.");
    assertThat(changes("slack:T1", before)).as("nothing recorded yet").isEmpty();
    record("slack:T1", before);

    clock.advance(Duration.ofHours(3));
    Report after = Reports.withMx("example.it", "mx0.mail.ovh.net.");
    Changes changes = changes("slack:T1", after).orElseThrow();

    assertThat(changes.since()).isEqualTo(MONDAY);
    assertThat(changes.at()).isEqualTo(MONDAY.plus(Duration.ofHours(3)));
    assertThat(changes.items())
        .containsExactly(
            new Change(
                "mx",
                List.of("1 mx1.mail.ovh.net.", "5 mx2.mail.ovh.net."),
                List.of("1 mx0.mail.ovh.net.")));
  }

  @Test
  @DisplayName("the same records again: changes with no item")
  void unchanged() {
    Report report = Reports.withMx("example.it", "mx0.mail.ovh.net.");
    record("slack:T1", report);
    clock.advance(Duration.ofMinutes(10));

    Changes changes = changes("slack:T1", report).orElseThrow();

    assertThat(changes.any()).isFalse();
  }

  @Test
  @DisplayName("a team sees its own checks only; another domain is another history")
  void scoped() {
    record("slack:T1", Reports.withMx("example.it", "mx1.mail.ovh.net."));

    assertThat(changes("discord:42", Reports.withMx("example.it", "mx0.mail.ovh.net."))).isEmpty();
    assertThat(changes("slack:T1", Reports.withMx("other.it", "mx0.mail.ovh.net."))).isEmpty();
    assertThat(latest("discord:42", "example.it")).isEmpty();
  }

  @Test
  @DisplayName("a record not answered now or then is never compared")
  void unansweredNotCompared() {
    record("cli", Reports.mxUnanswered("example.it"));
    clock.advance(Duration.ofHours(1));

    Changes changes =
        changes("cli", Reports.withMx("example.it", "mx0.mail.ovh.net.")).orElseThrow();

    assertThat(changes.items()).extracting(Change::record).doesNotContain("mx");
  }

  @Test
  @DisplayName("history: the last 10 checks, newest first, with verdict, codes and changes")
  void historyNewestFirst() {
    for (int i = 0; i < 12; i++) {
      Report report = Reports.withMx("example.it", "mx" + i + ".mail.ovh.net.");
      report = report.withChanges(changes("cli", report).orElse(null));
      record("cli", report);
      clock.advance(Duration.ofMinutes(5));
    }

    List<HistoryEntry> entries = latest("cli", "example.it");

    assertThat(entries).hasSize(10);
    assertThat(entries.get(0).time()).isEqualTo(MONDAY.plus(Duration.ofMinutes(55)));
    assertThat(entries.get(0).verdict()).isEqualTo("ok");
    assertThat(entries.get(0).codes()).containsExactly("MX_HOME_CURRENT", "SPF_VALID");
    assertThat(entries.get(0).changes().items().get(0).after())
        .containsExactly("1 mx11.mail.ovh.net.");
    assertThat(entries.get(9).time()).isEqualTo(MONDAY.plus(Duration.ofMinutes(10)));
  }

  @Test
  @DisplayName("history says which checks were incomplete: the MX lookup unanswered, then answered")
  void historyKeepsCompleteness() {
    record("cli", Reports.mxUnansweredIncomplete("example.it"));
    clock.advance(Duration.ofMinutes(5));
    record("cli", Reports.withMx("example.it", "mx0.mail.ovh.net."));

    List<HistoryEntry> entries = latest("cli", "example.it");

    assertThat(entries).extracting(HistoryEntry::complete).containsExactly(true, false);
    assertThat(entries.get(1).incomplete()).isTrue();
    assertThat(entries.get(1).verdict()).isEqualTo("warning");
  }

  @Test
  @DisplayName("retention: checks older than store.retention are deleted")
  void retention() {
    record("cli", Reports.withMx("old.it", "mx1.mail.ovh.net."));
    clock.advance(Duration.ofDays(60));
    record("cli", Reports.withMx("recent.it", "mx1.mail.ovh.net."));
    clock.advance(Duration.ofDays(31)); // old.it is 91 days old, recent.it 31

    assertThat(history.deleteExpired(WAIT)).contains(1);

    assertThat(latest("cli", "old.it")).isEmpty();
    assertThat(latest("cli", "recent.it")).hasSize(1);
  }

  @Test
  @DisplayName("DNS text is stored as data: quotes, semicolons and SQL are kept as they are")
  void hostileText() {
    Report report = Reports.withMx("example.it", "x'); DROP TABLE checks; --.example.");
    record("cli", report);
    clock.advance(Duration.ofMinutes(1));

    Changes changes =
        changes("cli", Reports.withMx("example.it", "mx0.mail.ovh.net.")).orElseThrow();

    assertThat(changes.items().get(0).before())
        .containsExactly("1 x'); DROP TABLE checks; --.example.");
  }
}
