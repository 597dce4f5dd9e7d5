package dev.mxbot.chat;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /mx watch <domain> [for=48h] [share]}, {@code /mx watches} or {@code /mx unwatch
 * <domain>}: the domain as typed (parsed later like any domain; empty for {@code watches}), how
 * long to watch ({@code for=}; empty: {@code watch.maxDuration}), and whether the one message goes
 * to the channel instead of a direct message. Immutable.
 */
public record WatchCommand(
    Kind kind, String domainInput, Optional<Duration> length, boolean share) {

  /** Which of the three. */
  public enum Kind {
    WATCH,
    WATCHES,
    UNWATCH
  }

  private static final Pattern LENGTH = Pattern.compile("(\\d{1,5})([mhd])");

  public WatchCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(domainInput, "domainInput");
    Objects.requireNonNull(length, "length");
  }

  /**
   * A {@code for=} value: minutes, hours or days ({@code 90m}, {@code 48h}, {@code 2d}); empty when
   * it is none of these or zero.
   */
  static Optional<Duration> length(String value) {
    Matcher m = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(
        switch (m.group(2)) {
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
  }
}
