package dev.mxbot.core;

import java.time.Instant;
import java.util.List;

/**
 * One recorded check as {@code history} shows it: when, the verdict, the finding codes, what
 * changed since the check before it ({@code null} when nothing was recorded before), and whether
 * every area was checked ({@code complete}; {@code null} for a check recorded before mxbot kept
 * that).
 */
public record HistoryEntry(
    Instant time, String verdict, List<String> codes, Changes changes, Boolean complete) {

  public HistoryEntry {
    codes = List.copyOf(codes);
  }

  /** True only when the check is known to have left an area unchecked. */
  public boolean incomplete() {
    return Boolean.FALSE.equals(complete);
  }
}
