package dev.mxbot.core;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, after one re-check of a watch, whether its one message is due and which: {@link
 * Kind#LIVE} when nothing is pending any more (a complete report — every lookup answered — without
 * {@code PROPAGATION_PENDING}, {@code SPF_PROPAGATION_PENDING} or {@code NEGATIVE_CACHE_PENDING});
 * else {@link Kind#CHANGED} when a record answered both times, or the verdict of a complete report,
 * differs from the last check; else {@link Kind#EXPIRED} once the watch's time is up. An incomplete
 * report is never "nothing pending" and its verdict is never compared: a failed lookup is not a
 * change. Pure.
 */
public final class WatchDecision {

  /** The message a watch ends with. */
  public enum Kind {
    /** Nothing pending any more: authoritative servers and every resolver agree. */
    LIVE,
    /** The records or the verdict changed again while something was still pending. */
    CHANGED,
    /** The watch ran out of time with something still pending. */
    EXPIRED;

    /** The message key of the note above the report: {@code watch.live}, … */
    public String noticeKey() {
      return "watch." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The findings that say a change is still on its way. */
  public static final Set<FindingCode> PENDING =
      Set.of(
          FindingCode.PROPAGATION_PENDING,
          FindingCode.SPF_PROPAGATION_PENDING,
          FindingCode.NEGATIVE_CACHE_PENDING);

  private WatchDecision() {}

  /** True when {@code report} is complete and says nothing is pending. */
  public static boolean nothingPending(Report report) {
    return report.complete()
        && report.findings().stream().noneMatch(f -> PENDING.contains(f.code()));
  }

  /** The message due after {@code report}, checked at {@code now}; empty: keep watching. */
  public static Optional<Kind> decide(Watch watch, Report report, Instant now) {
    if (nothingPending(report)) {
      return Optional.of(Kind.LIVE);
    }
    boolean recordsChanged =
        Changes.between(watch.startedAt(), watch.records(), now, SeenRecords.of(report)).any();
    boolean verdictChanged = report.complete() && !report.verdict().id().equals(watch.verdict());
    if (recordsChanged || verdictChanged) {
      return Optional.of(Kind.CHANGED);
    }
    if (!now.isBefore(watch.expiresAt())) {
      return Optional.of(Kind.EXPIRED);
    }
    return Optional.empty();
  }
}
