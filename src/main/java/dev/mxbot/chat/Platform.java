package dev.mxbot.chat;

/**
 * What differs between the places commands come from, for the {@link RequestPipeline}: the name in
 * log lines and metrics, who may ask ({@link AccessPolicy}), whether the rate limits apply (not to
 * the console: the person at the terminal runs the bot), and whether commands are recorded (log
 * line, metrics) — false only for a warm-up's own requests, which are nobody's commands. Immutable.
 */
public record Platform(String id, AccessPolicy access, boolean rateLimited, boolean recorded) {

  /** The terminal: open to its user, no rate limit. */
  public static final Platform CONSOLE = new Platform("console", AccessPolicy.OPEN, false, true);

  /**
   * {@code mxbot check} and its kin: open, no rate limit, and unrecorded (the command prints its
   * own output; no command log line).
   */
  public static final Platform CHECK = new Platform("check", AccessPolicy.OPEN, false, false);

  /** A chat platform: rate-limited, every command recorded. */
  public static Platform chat(String id, AccessPolicy access) {
    return new Platform(id, access, true, true);
  }

  /** The same platform for warm-up requests: neither logged nor counted nor rate-limited. */
  public Platform unrecorded() {
    return new Platform(id, access, false, false);
  }
}
