package dev.mxbot.core;

import java.time.Duration;

/**
 * How long a cache may keep an old answer, in units every shipped language reads ({@code 2 h},
 * {@code 1 h 30 min}, {@code 5 min}, {@code 45 s}): used by the propagation findings and by the
 * customer reply. Minutes are rounded up, so nobody is told a time shorter than the caches may keep
 * the old answer.
 */
public final class WaitTime {

  private WaitTime() {}

  /** The text of {@code ttl}. */
  public static String of(Duration ttl) {
    long seconds = ttl.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = (seconds + 59) / 60;
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return minutes + " min";
    }
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }
}
