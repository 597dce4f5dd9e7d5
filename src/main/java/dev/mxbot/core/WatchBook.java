package dev.mxbot.core;

import java.util.List;
import java.util.Optional;

/**
 * Where running watches are kept and scheduled (the store, with db-scheduler), as the chat path
 * sees it: start one, list a user's, end one. Calls may wait on the database: callers run them off
 * a platform's event thread. Safe for concurrent use.
 */
public interface WatchBook {

  /** No store: no watches ({@link #enabled()} false). */
  WatchBook NONE =
      new WatchBook() {
        @Override
        public Started start(Watch watch) {
          return Started.UNAVAILABLE;
        }

        @Override
        public Optional<List<Watch>> of(String platform, String account) {
          return Optional.empty();
        }

        @Override
        public Optional<Boolean> end(String platform, String account, String domain) {
          return Optional.empty();
        }

        @Override
        public boolean enabled() {
          return false;
        }
      };

  /** What became of a watch to start. */
  enum Started {
    /** Kept and scheduled: the first re-check comes after one interval. */
    STARTED,
    /** The user already watches this domain: the old watch goes on. */
    ALREADY,
    /** The user has {@code watch.maxPerUser} watches running. */
    USER_LIMIT,
    /** {@code watch.maxActive} watches are running. */
    FULL,
    /** The store did not answer. */
    UNAVAILABLE
  }

  /** Keeps and schedules {@code watch} (its id is ignored), unless a limit says no. */
  Started start(Watch watch);

  /** The watches of {@code account} on {@code platform}, oldest first; empty: no answer. */
  Optional<List<Watch>> of(String platform, String account);

  /**
   * Ends the watch of {@code account} on {@code domain} (ASCII) without a message: true when there
   * was one; empty when the store did not answer.
   */
  Optional<Boolean> end(String platform, String account, String domain);

  /** True when watches can be kept (a store is configured). */
  boolean enabled();
}
