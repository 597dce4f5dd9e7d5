package dev.mxbot.chat;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Short reference ids that an agent can quote and an operator can find in the logs, the same format
 * on every platform.
 */
public final class ErrorRef {

  private ErrorRef() {}

  /** Six base-36 characters, e.g. {@code K3Z9QA}. */
  public static String next() {
    long n =
        ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36);
    return Long.toString(n, 36).toUpperCase(Locale.ROOT);
  }
}
