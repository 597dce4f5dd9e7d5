package dev.mxbot.chat;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many {@code /mx} checks one chat user may run per minute: a sliding window per user key
 * ({@code slack:T1:U2}, {@code discord:123}). One instance shared by every adapter. Safe for
 * concurrent use.
 */
public final class RateLimiter {

  /** Name of the {@code int} binding: checks per user per minute. */
  public static final String PER_MINUTE = "rateLimit.checksPerUserPerMinute";

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  @Inject
  public RateLimiter(@Named(PER_MINUTE) int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /**
   * Records a check by {@code user} if allowed; when the user is over the limit, returns how long
   * until the next check is allowed (rounded up to whole seconds) and records nothing.
   */
  public Optional<Duration> tryAcquire(String user) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
        return Optional.of(Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000)));
      }
      times.addLast(now);
      if (recent.size() > 10_000) {
        recent.entrySet().removeIf(e -> e.getKey() != user && isIdle(e.getValue(), now));
      }
      return Optional.empty();
    }
  }

  private static boolean isIdle(Deque<Instant> times, Instant now) {
    synchronized (times) {
      return times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW));
    }
  }
}
