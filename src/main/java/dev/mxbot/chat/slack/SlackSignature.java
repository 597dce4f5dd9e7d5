package dev.mxbot.chat.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, the one implementation of it: {@code v0=} + hex HMAC-SHA256 of {@code
 * v0:<timestamp>:<raw body>} keyed with the signing secret (UTF-8). {@link SignatureVerifier}
 * checks requests with it, the warm-up signs its own, and tests and the benchmark sign theirs.
 * Pure.
 */
public final class SlackSignature {

  private SlackSignature() {}

  /** {@code v0=<hex>} of {@code body} sent at {@code timestamp}, signed with {@code secret}. */
  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  /** The same for a text body, as UTF-8. */
  public static String sign(String secret, String timestamp, String body) {
    return sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
  }
}
