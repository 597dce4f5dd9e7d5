package dev.mxbot.store;

import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.core.SeenRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code checks} table: recording a check, the last one of a domain in a scope, the latest ones
 * ({@code history}), and deleting what is past retention. Every value is a bound parameter. Safe
 * for concurrent use.
 */
public final class CheckLog {

  /** What a recorded check saw, and when. */
  public record Seen(Instant time, Map<String, List<String>> records) {}

  private final Jdbi jdbi;

  CheckLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Records {@code entry}. */
  public void insert(CheckHistory.Entry entry) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO checks (scope, domain, checked_at, platform, space, user_hash,"
                        + " verdict, records, findings, changes, complete) VALUES (:scope,"
                        + " :domain, :checkedAt, :platform, :space, :userHash, :verdict, :records,"
                        + " :findings, :changes, :complete)")
                .bind("scope", entry.scope())
                .bind("domain", entry.report().domain().ascii())
                .bind("checkedAt", entry.time().toEpochMilli())
                .bind("platform", entry.platform())
                .bind("space", entry.space())
                .bind("userHash", entry.userHash())
                .bind("verdict", entry.report().verdict().id())
                .bind("records", StoredJson.records(SeenRecords.of(entry.report())))
                .bind("findings", StoredJson.findings(entry.report().findings()))
                .bind("changes", StoredJson.changes(entry.report().changes()))
                .bind("complete", entry.report().complete())
                .execute());
  }

  /** The last recorded check of {@code domain} (ASCII) in {@code scope}. */
  public Optional<Seen> last(String scope, String domain) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT checked_at, records FROM checks WHERE scope = :scope AND domain ="
                        + " :domain ORDER BY checked_at DESC, id DESC")
                .bind("scope", scope)
                .bind("domain", domain)
                .setMaxRows(1)
                .map(
                    (rs, ctx) ->
                        new Seen(
                            Instant.ofEpochMilli(rs.getLong("checked_at")),
                            StoredJson.records(rs.getString("records"))))
                .findFirst());
  }

  /** The latest {@code limit} checks of {@code domain} (ASCII) in {@code scope}, newest first. */
  public List<HistoryEntry> latest(String scope, String domain, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT checked_at, verdict, findings, changes, complete FROM checks WHERE"
                        + " scope = :scope AND domain = :domain ORDER BY checked_at DESC, id DESC")
                .bind("scope", scope)
                .bind("domain", domain)
                .setMaxRows(limit)
                .map(
                    (rs, ctx) ->
                        new HistoryEntry(
                            Instant.ofEpochMilli(rs.getLong("checked_at")),
                            rs.getString("verdict"),
                            StoredJson.codes(rs.getString("findings")),
                            StoredJson.changes(rs.getString("changes")),
                            (Boolean) rs.getObject("complete")))
                .list());
  }

  /** Deletes the checks recorded before {@code cutoff}; returns how many. */
  public int deleteBefore(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM checks WHERE checked_at < :cutoff")
                .bind("cutoff", cutoff.toEpochMilli())
                .execute());
  }

  /** How many checks are recorded (tests, the benchmark). */
  public long count() {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT COUNT(*) FROM checks").mapTo(Long.class).one());
  }
}
