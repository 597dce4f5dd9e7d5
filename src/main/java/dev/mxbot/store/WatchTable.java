package dev.mxbot.store;

import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchBook;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The {@code watches} table: one row per running watch, with what its last check saw and the ids
 * needed to deliver its message; deleted when the watch ends. Every value is a bound parameter.
 * Safe for concurrent use.
 */
public final class WatchTable {

  private static final String COLUMNS =
      "id, platform, account, space, channel, user_id, user_hash, domain, shown, lang, share,"
          + " started_at, expires_at, verdict, records";

  private final Jdbi jdbi;

  WatchTable(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Inserts {@code watch} unless the user already watches the domain or a limit is reached, in one
   * serializable transaction; the new id on {@link WatchBook.Started#STARTED}.
   */
  public Inserted insert(Watch watch, int maxPerUser, int maxActive) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.SERIALIZABLE,
        handle -> {
          if (count(
                  handle, "platform = :platform AND account = :account AND domain = :domain", watch)
              > 0) {
            return new Inserted(WatchBook.Started.ALREADY, 0);
          }
          if (count(handle, "platform = :platform AND account = :account", watch) >= maxPerUser) {
            return new Inserted(WatchBook.Started.USER_LIMIT, 0);
          }
          if (count(handle, "1 = 1", watch) >= maxActive) {
            return new Inserted(WatchBook.Started.FULL, 0);
          }
          long id =
              handle
                  .createUpdate(
                      "INSERT INTO watches (platform, account, space, channel, user_id, user_hash,"
                          + " domain, shown, lang, share, started_at, expires_at, verdict,"
                          + " records) VALUES (:platform, :account, :space, :channel, :userId,"
                          + " :userHash, :domain, :shown, :lang, :share, :startedAt, :expiresAt,"
                          + " :verdict, :records)")
                  .bind("platform", watch.platform())
                  .bind("account", watch.account())
                  .bind("space", watch.space())
                  .bind("channel", watch.channel())
                  .bind("userId", watch.userId())
                  .bind("userHash", watch.userHash())
                  .bind("domain", watch.domain())
                  .bind("shown", watch.shown())
                  .bind("lang", watch.lang())
                  .bind("share", watch.share())
                  .bind("startedAt", watch.startedAt().toEpochMilli())
                  .bind("expiresAt", watch.expiresAt().toEpochMilli())
                  .bind("verdict", watch.verdict())
                  .bind("records", StoredJson.records(watch.records()))
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          return new Inserted(WatchBook.Started.STARTED, id);
        });
  }

  /** What {@link #insert} did; {@code id} is 0 unless started. */
  public record Inserted(WatchBook.Started started, long id) {}

  private static long count(Handle handle, String where, Watch watch) {
    var query = handle.createQuery("SELECT COUNT(*) FROM watches WHERE " + where);
    if (where.contains(":platform")) {
      query.bind("platform", watch.platform()).bind("account", watch.account());
    }
    if (where.contains(":domain")) {
      query.bind("domain", watch.domain());
    }
    return query.mapTo(Long.class).one();
  }

  /** The watch of {@code id}, if it still runs. */
  public Optional<Watch> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM watches WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> watch(rs))
                .findFirst());
  }

  /** The watches of {@code account} on {@code platform}, oldest first. */
  public List<Watch> of(String platform, String account) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM watches WHERE platform = :platform AND account = :account"
                        + " ORDER BY started_at, id")
                .bind("platform", platform)
                .bind("account", account)
                .map((rs, ctx) -> watch(rs))
                .list());
  }

  /** The ids of every running watch (re-scheduling after a crash between insert and schedule). */
  public List<Long> ids() {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT id FROM watches").mapTo(Long.class).list());
  }

  /** The id of {@code account}'s watch on {@code domain}, if any. */
  public Optional<Long> idOf(String platform, String account, String domain) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id FROM watches WHERE platform = :platform AND account = :account"
                        + " AND domain = :domain")
                .bind("platform", platform)
                .bind("account", account)
                .bind("domain", domain)
                .mapTo(Long.class)
                .findFirst());
  }

  /** Keeps what the last check of {@code watch} saw. */
  public void seen(Watch watch) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE watches SET verdict = :verdict, records = :records WHERE id = :id")
                .bind("verdict", watch.verdict())
                .bind("records", StoredJson.records(watch.records()))
                .bind("id", watch.id())
                .execute());
  }

  /** Deletes the watch of {@code id}; true when it was there. */
  public boolean delete(long id) {
    return jdbi.withHandle(
            handle ->
                handle.createUpdate("DELETE FROM watches WHERE id = :id").bind("id", id).execute())
        > 0;
  }

  /** How many watches run (tests, the benchmark). */
  public long count() {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT COUNT(*) FROM watches").mapTo(Long.class).one());
  }

  private static Watch watch(ResultSet rs) throws SQLException {
    return new Watch(
        rs.getLong("id"),
        rs.getString("platform"),
        rs.getString("account"),
        rs.getString("space"),
        rs.getString("channel"),
        rs.getString("user_id"),
        rs.getString("user_hash"),
        rs.getString("domain"),
        rs.getString("shown"),
        rs.getString("lang"),
        rs.getBoolean("share"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        Instant.ofEpochMilli(rs.getLong("expires_at")),
        rs.getString("verdict"),
        StoredJson.records(rs.getString("records")));
  }
}
