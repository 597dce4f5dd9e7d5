package dev.mxbot.reply;

import java.util.Optional;

/**
 * How long a change takes to be seen, from a TTL in seconds, in units every shipped language reads
 * ({@code 2 h}, {@code 1 h 30 min}, {@code 5 min}, {@code 45 s}): minutes are rounded up, so the
 * customer is never told a time shorter than the caches may keep the old answer.
 */
final class WaitText {

  private WaitText() {}

  /** The text of {@code ttl} (seconds, as the finding parameter holds it); empty when unusable. */
  static Optional<String> of(String ttl) {
    if (ttl == null || !ttl.matches("\\d{1,10}")) {
      return Optional.empty();
    }
    long seconds = Long.parseLong(ttl);
    if (seconds < 60) {
      return Optional.of(seconds + " s");
    }
    long minutes = (seconds + 59) / 60;
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return Optional.of(minutes + " min");
    }
    return Optional.of(rest == 0 ? hours + " h" : hours + " h " + rest + " min");
  }
}
