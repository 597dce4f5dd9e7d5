package dev.mxbot.core;

import java.time.Instant;
import java.util.Optional;

/**
 * One re-check of a watch, as the scheduler sees it: diagnose the domain, decide, and deliver the
 * watch's one message when it is due. Implemented by the chat side (it knows how to diagnose and
 * where to deliver); called on a scheduler thread, which it may block for about a diagnosis and a
 * delivery.
 */
public interface WatchRun {

  /** What a re-check led to. */
  sealed interface Step {}

  /** Keep watching; {@code watch} is what this check saw (compared with next time). */
  record Continue(Watch watch) implements Step {}

  /** The message was delivered: the watch ends. */
  record Ended(WatchDecision.Kind kind) implements Step {}

  /**
   * Nothing could be done now (no diagnosis, the platform not connected on this replica, the
   * delivery failed): try again soon, nothing changes.
   */
  record Retry(String why) implements Step {}

  /** Re-checks {@code watch} at {@code now}. */
  Step check(Watch watch, Instant now);

  /** Does nothing but ask to retry (before the chat side is wired in). */
  WatchRun NOT_READY = (watch, now) -> new Retry("not ready");

  /** Convenience for tests and logs: the kind a step ended with, if it ended. */
  static Optional<WatchDecision.Kind> ended(Step step) {
    return step instanceof Ended e ? Optional.of(e.kind()) : Optional.empty();
  }
}
