package dev.mxbot.core;

import java.time.Instant;
import java.util.List;

/**
 * One recorded check as {@code history} shows it: when, the verdict, the finding codes, and what
 * changed since the check before it ({@code null} when nothing was recorded before).
 */
public record HistoryEntry(Instant time, String verdict, List<String> codes, Changes changes) {

  public HistoryEntry {
    codes = List.copyOf(codes);
  }
}
