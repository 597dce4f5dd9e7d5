package dev.mxbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much one chat user may make mxbot do per minute, in sliding windows per user key ({@code
 * slack:T1:U2}, {@code discord:123}): checks ({@code rateLimit.checksPerUserPerMinute}), and DNS
 * questions sent for them, per user ({@code rateLimit.dnsQuestionsPerUserPerMinute}) and for
 * everyone together ({@code rateLimit.dnsQuestionsPerMinute}). A command over any of them gets "try
 * again in N s" before any query. Questions are charged after a diagnosis with what it sent: a
 * shared or reused report costs nothing. One instance shared by every adapter. Safe for concurrent
 * use.
 *
 * <p>A watch's re-checks are charged to its owner, as the owner's commands are, but to a budget of
 * the watches' own ({@code watch.dnsQuestionsPerMinute}) instead of the commands' shared one: many
 * watches of hostile zones spend their own budget and the owners', never make another user's
 * command wait, and yield to the commands when those spend theirs.
 */
public final class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final int questionsPerUser;
  private final int questionsPerMinute;
  private final int watchQuestionsPerMinute;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
  private final Map<String, Deque<Spent>> spent = new ConcurrentHashMap<>();
  private final Deque<Spent> spentByAll = new ArrayDeque<>();
  private final Deque<Spent> spentByWatches = new ArrayDeque<>();

  /** Questions sent at one time. */
  private record Spent(Instant at, int questions) {}

  /**
   * {@code perMinute} checks per user, {@code questionsPerUser} DNS questions per user, {@code
   * questionsPerMinute} for everyone's commands and {@code watchQuestionsPerMinute} for all
   * watches' re-checks, in any minute.
   */
  public RateLimiter(
      int perMinute,
      int questionsPerUser,
      int questionsPerMinute,
      int watchQuestionsPerMinute,
      Clock clock) {
    this.perMinute = perMinute;
    this.questionsPerUser = questionsPerUser;
    this.questionsPerMinute = questionsPerMinute;
    this.watchQuestionsPerMinute = watchQuestionsPerMinute;
    this.clock = clock;
  }

  /** A limiter of checks alone: no budget of DNS questions. */
  public RateLimiter(int perMinute, Clock clock) {
    this(perMinute, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, clock);
  }

  /**
   * Records a check by {@code user} if allowed; when the user is over a limit, returns how long
   * until the next check is allowed (rounded up to whole seconds) and records nothing.
   */
  public Optional<Duration> tryAcquire(String user) {
    Instant now = clock.instant();
    Optional<Duration> questions = questionsWait(user, now);
    if (questions.isPresent()) {
      return questions;
    }
    Deque<Instant> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        return Optional.of(seconds(Duration.between(now, times.peekFirst().plus(WINDOW))));
      }
      times.addLast(now);
      if (recent.size() > 10_000) {
        recent.entrySet().removeIf(e -> e.getKey() != user && isIdle(e.getValue(), now));
        spent.entrySet().removeIf(e -> e.getKey() != user && spentIdle(e.getValue(), now));
      }
      return Optional.empty();
    }
  }

  /** Charges {@code user} (and everyone's budget) with the DNS questions a diagnosis sent. */
  public void charge(String user, int questions) {
    charge(user, questions, spentByAll);
  }

  /**
   * Charges the owner of a watch (key as for commands) and the watches' budget with the DNS
   * questions one of its re-checks sent; the commands' shared budget is not charged.
   */
  public void chargeWatch(String owner, int questions) {
    charge(owner, questions, spentByWatches);
  }

  private void charge(String user, int questions, Deque<Spent> shared) {
    if (questions <= 0) {
      return;
    }
    Spent now = new Spent(clock.instant(), questions);
    Deque<Spent> mine = spent.computeIfAbsent(user, u -> new ArrayDeque<>());
    synchronized (mine) {
      mine.addLast(now);
    }
    synchronized (shared) {
      shared.addLast(now);
    }
  }

  /** How long until {@code user} and everyone's commands are back under their budgets, if over. */
  public Optional<Duration> questionsWait(String user) {
    return questionsWait(user, clock.instant());
  }

  /**
   * How long a watch's re-check waits, if it must (it is no new check, so it asks this, not {@link
   * #tryAcquire}): until its owner, all watches together and everyone's commands are back under
   * their DNS question budgets. A watch yields to the commands; they never wait for watches.
   */
  public Optional<Duration> watchQuestionsWait(String owner) {
    Instant now = clock.instant();
    Optional<Duration> wait = questionsWait(owner, now);
    if (wait.isPresent()) {
      return wait;
    }
    synchronized (spentByWatches) {
      return wait(spentByWatches, watchQuestionsPerMinute, now);
    }
  }

  /** How long until {@code user} and everyone are back under their question budgets, if over. */
  private Optional<Duration> questionsWait(String user, Instant now) {
    Deque<Spent> mine = spent.get(user);
    Optional<Duration> own = Optional.empty();
    if (mine != null) {
      synchronized (mine) {
        own = wait(mine, questionsPerUser, now);
      }
    }
    if (own.isPresent()) {
      return own;
    }
    synchronized (spentByAll) {
      return wait(spentByAll, questionsPerMinute, now);
    }
  }

  /** When {@code window} holds {@code limit} questions or more: until enough of them expire. */
  private static Optional<Duration> wait(Deque<Spent> window, int limit, Instant now) {
    while (!window.isEmpty() && !window.peekFirst().at().isAfter(now.minus(WINDOW))) {
      window.pollFirst();
    }
    long total = window.stream().mapToLong(Spent::questions).sum();
    if (total < limit) {
      return Optional.empty();
    }
    long remaining = total;
    for (Spent s : window) {
      remaining -= s.questions();
      if (remaining < limit) {
        return Optional.of(seconds(Duration.between(now, s.at().plus(WINDOW))));
      }
    }
    return Optional.of(seconds(WINDOW));
  }

  private static Duration seconds(Duration wait) {
    return Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
  }

  private static boolean isIdle(Deque<Instant> times, Instant now) {
    synchronized (times) {
      return times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW));
    }
  }

  private static boolean spentIdle(Deque<Spent> window, Instant now) {
    synchronized (window) {
      return window.isEmpty() || !window.peekLast().at().isAfter(now.minus(WINDOW));
    }
  }
}
