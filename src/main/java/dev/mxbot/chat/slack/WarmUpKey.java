package dev.mxbot.chat.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The mark of {@link SlackWarmUp}'s own requests: a random value made at start, known only to this
 * process and never logged, sent in the {@link #HEADER} header of signed requests over loopback.
 * {@link MxCommand} answers a request carrying it through the unrecorded pipeline (no log line, no
 * metric, no rate limit); like every request, it is verified first, and without a {@code
 * response_url} nothing is queried. One per process.
 */
final class WarmUpKey {

  /** The request header carrying the key. */
  static final String HEADER = "X-Mxbot-Warm-Up";

  private final String value;

  WarmUpKey() {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    this.value = HexFormat.of().formatHex(random);
  }

  String value() {
    return value;
  }

  /** Whether {@code candidate} is this key (constant time). */
  boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.UTF_8));
  }
}
