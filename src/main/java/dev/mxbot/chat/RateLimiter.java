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
 */
public final class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final int questionsPerUser;
  private final int questionsPerMinute;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
  private final Map<String, Deque<Spent>> spent = new ConcurrentHashMap<>();
  private final Deque<Spent> spentByAll = new ArrayDeque<>();

  /** Questions sent at one time. */
  private record Spent(Instant at, int questions) {}

  /**
   * {@code perMinute} checks per user, {@code questionsPerUser} DNS questions per user and {@code
   * questionsPerMinute} for everyone, in any minute.
   */
  public RateLimiter(int perMinute, int questionsPerUser, int questionsPerMinute, Clock clock) {
    this.perMinute = perMinute;
    this.questionsPerUser = questionsPerUser;
    this.questionsPerMinute = questionsPerMinute;
    this.clock = clock;
  }

  /** A limiter of checks alone: no budget of DNS questions. */
  public RateLimiter(int perMinute, Clock clock) {
    this(perMinute, Integer.MAX_VALUE, Integer.MAX_VALUE, clock);
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
    if (questions <= 0) {
      return;
    }
    Spent now = new Spent(clock.instant(), questions);
    Deque<Spent> mine = spent.computeIfAbsent(user, u -> new ArrayDeque<>());
    synchronized (mine) {
      mine.addLast(now);
    }
    synchronized (spentByAll) {
      spentByAll.addLast(now);
    }
  }

  /**
   * How long until {@code user} and everyone are back under their DNS question budgets, if over (a
   * watch's re-check asks this, not {@link #tryAcquire}: it is no new check).
   */
  public Optional<Duration> questionsWait(String user) {
    return questionsWait(user, clock.instant());
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
