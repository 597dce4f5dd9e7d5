package dev.mxbot.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One running {@code /mx watch}: who asked and where to deliver its one message, the domain, until
 * when, and what the last check saw (its verdict id and {@link SeenRecords}), which the next check
 * compares with. Immutable; {@link #id()} is 0 until the store gives it one.
 *
 * @param platform {@code slack} or {@code discord}
 * @param account the user unique across the platform (Slack {@code <team>:<user>}, Discord's id)
 * @param space Slack team or Discord guild; empty in a DM
 * @param channel where the watch was started (its message goes there with {@code share})
 * @param userId the platform's user id (a direct message goes to that user)
 * @param userHash the user as logs name them
 * @param domain ASCII, no trailing dot
 * @param shown the domain as shown to the agent (Unicode)
 * @param lang the language of the message
 * @param share true: the message goes to {@code channel}; false: a direct message
 */
public record Watch(
    long id,
    String platform,
    String account,
    String space,
    String channel,
    String userId,
    String userHash,
    String domain,
    String shown,
    String lang,
    boolean share,
    Instant startedAt,
    Instant expiresAt,
    String verdict,
    Map<String, List<String>> records) {

  public Watch {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(account, "account");
    space = space == null ? "" : space;
    channel = channel == null ? "" : channel;
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    records = Map.copyOf(records == null ? Map.of() : stripNulls(records));
  }

  /** The same watch under the id the store gave it. */
  public Watch withId(long newId) {
    return new Watch(
        newId, platform, account, space, channel, userId, userHash, domain, shown, lang, share,
        startedAt, expiresAt, verdict, records);
  }

  /** The same watch having seen {@code report} last. */
  public Watch seen(Report report) {
    return new Watch(
        id,
        platform,
        account,
        space,
        channel,
        userId,
        userHash,
        domain,
        shown,
        lang,
        share,
        startedAt,
        expiresAt,
        report.verdict().id(),
        SeenRecords.of(report));
  }

  // Map.copyOf refuses null values; a record not answered is simply absent.
  private static Map<String, List<String>> stripNulls(Map<String, List<String>> records) {
    Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
    records.forEach(
        (key, value) -> {
          if (value != null) {
            kept.put(key, List.copyOf(value));
          }
        });
    return kept;
  }
}
