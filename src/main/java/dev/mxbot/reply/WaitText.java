package dev.mxbot.reply;

import dev.mxbot.core.WaitTime;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a change takes to be seen, from the {@code ttl} finding parameter (seconds), as {@link
 * WaitTime} writes it.
 */
final class WaitText {

  private WaitText() {}

  /** The text of {@code ttl} (seconds, as the finding parameter holds it); empty when unusable. */
  static Optional<String> of(String ttl) {
    if (ttl == null || !ttl.matches("\\d{1,10}")) {
      return Optional.empty();
    }
    return Optional.of(WaitTime.of(Duration.ofSeconds(Long.parseLong(ttl))));
  }
}
