package dev.mxbot.chat.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Checks that an HTTP request comes from Slack: {@code X-Slack-Signature} must be the {@link
 * SlackSignature} of {@code X-Slack-Request-Timestamp} and the raw body, compared in constant time;
 * a timestamp more than 5 minutes away from {@code clock}, in either direction, is refused
 * (replays). Immutable; safe for concurrent use.
 */
final class SignatureVerifier {

  static final Duration WINDOW = Duration.ofMinutes(5);

  private static final Pattern SHAPE = Pattern.compile("v0=[0-9a-f]{64}");

  private final String secret;
  private final Clock clock;

  SignatureVerifier(String signingSecret, Clock clock) {
    this.secret = signingSecret;
    this.clock = clock;
  }

  /** The clock the timestamps are judged by. */
  Clock clock() {
    return clock;
  }

  /**
   * Whether the headers could belong to a signed request, judged before its body is read: a
   * timestamp within {@link #WINDOW} and a signature of the right shape ({@code v0=} + 64 hex).
   */
  boolean plausible(String timestamp, String signature) {
    if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
      return false;
    }
    long seconds = Long.parseLong(timestamp);
    return Math.abs(clock.instant().getEpochSecond() - seconds) <= WINDOW.toSeconds()
        && SHAPE.matcher(signature).matches();
  }

  boolean verify(String timestamp, byte[] body, String signature) {
    if (!plausible(timestamp, signature)) {
      return false;
    }
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code v0=<hex>} for this timestamp and body ({@link SlackSignature}). */
  String sign(String timestamp, byte[] body) {
    return SlackSignature.sign(secret, timestamp, body);
  }
}
