package dev.mxbot.config;

import java.time.Duration;

/**
 * The {@code watch} section of {@code mxbot.yaml}: how {@code /mx watch} re-checks. Immutable.
 *
 * @param interval time between two re-checks of one watch ({@code watch.interval})
 * @param maxDuration the longest a watch may run, and the default of {@code for=} ({@code
 *     watch.maxDuration})
 * @param maxPerUser watches one user may have running at once ({@code watch.maxPerUser})
 * @param maxActive watches running at once in total, over every replica ({@code watch.maxActive})
 * @param dnsQuestionsPerMinute DNS questions all watches' re-checks together may send per minute,
 *     on each replica ({@code watch.dnsQuestionsPerMinute}): a budget of their own, apart from the
 *     chat commands' {@code rateLimit.dnsQuestionsPerMinute}, so watches never make a chat command
 *     wait
 */
public record WatchSettings(
    Duration interval,
    Duration maxDuration,
    int maxPerUser,
    int maxActive,
    int dnsQuestionsPerMinute) {

  /** Default of {@code watch.interval}. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

  /** Default of {@code watch.maxDuration}. */
  public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(48);

  /** Default of {@code watch.maxPerUser}. */
  public static final int DEFAULT_MAX_PER_USER = 10;

  /**
   * Default of {@code watch.maxActive}: at one diagnosis of about 60 DNS questions per watch and
   * interval, 1,000 watches at 5 minutes are about 200 questions a second.
   */
  public static final int DEFAULT_MAX_ACTIVE = 1000;

  /**
   * Default of {@code watch.dnsQuestionsPerMinute}: the {@link #DEFAULT_MAX_ACTIVE} watches of
   * ordinary zones at the default interval spend about 12,000.
   */
  public static final int DEFAULT_DNS_QUESTIONS = 20_000;

  /** Nothing configured. */
  public static final WatchSettings DEFAULTS =
      new WatchSettings(
          DEFAULT_INTERVAL,
          DEFAULT_MAX_DURATION,
          DEFAULT_MAX_PER_USER,
          DEFAULT_MAX_ACTIVE,
          DEFAULT_DNS_QUESTIONS);

  public WatchSettings {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("watch.interval must be positive");
    }
    if (maxDuration.compareTo(interval) < 0) {
      throw new IllegalArgumentException("watch.maxDuration must be at least watch.interval");
    }
    if (maxPerUser < 1 || maxActive < 1) {
      throw new IllegalArgumentException("watch.maxPerUser and watch.maxActive must be >= 1");
    }
    if (dnsQuestionsPerMinute < 1) {
      throw new IllegalArgumentException("watch.dnsQuestionsPerMinute must be >= 1");
    }
  }
}
