package dev.mxbot.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where checks are remembered (the store), as the answer path sees it: what changed since the last
 * recorded check of a domain in a scope, and recording a check once it is answered. A store that is
 * slow, locked or unreachable never fails or delays a check: {@link #changes} completes with empty
 * within its bound, and {@link #record} returns at once and never throws. Safe for concurrent use.
 */
public interface CheckHistory {

  /** No store: nothing recorded, never any changes. */
  CheckHistory NONE =
      new CheckHistory() {
        @Override
        public CompletableFuture<Optional<Changes>> changes(String scope, Report report) {
          return CompletableFuture.completedFuture(Optional.empty());
        }

        @Override
        public void record(Entry entry) {}

        @Override
        public CompletableFuture<Optional<List<HistoryEntry>>> latest(
            String scope, String domain, int limit) {
          return CompletableFuture.completedFuture(Optional.empty());
        }

        @Override
        public boolean enabled() {
          return false;
        }
      };

  /**
   * What changed in {@code report} since the last recorded check of its domain in {@code scope};
   * empty when nothing was recorded there, or the store did not answer in time.
   */
  CompletableFuture<Optional<Changes>> changes(String scope, Report report);

  /** Records one answered check, in the background. */
  void record(Entry entry);

  /**
   * The latest {@code limit} checks of {@code domain} (ASCII) in {@code scope}, newest first; empty
   * when there is no store or it did not answer within its bound.
   */
  CompletableFuture<Optional<List<HistoryEntry>>> latest(String scope, String domain, int limit);

  /** True when checks are recorded (a store is configured). */
  boolean enabled();

  /**
   * One check to record.
   *
   * @param scope whose history it joins: {@code slack:<team>}, {@code discord:<guild>}, {@code cli}
   * @param platform {@code slack}, {@code discord}, {@code console}, {@code cli}
   * @param space the Slack team or Discord guild id; empty when none
   * @param userHash the user as logs name them ({@code chat.UserHash}); empty for the command line
   * @param report the report as answered, with its {@link Report#changes()}
   * @param time when it was answered
   */
  record Entry(
      String scope, String platform, String space, String userHash, Report report, Instant time) {}
}
