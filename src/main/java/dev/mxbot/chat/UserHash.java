package dev.mxbot.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How logs name a chat user: the first 8 hex digits of SHA-256 of the platform's user key ({@code
 * slack:U123}, {@code discord:456}) — enough to follow one user, not enough to find them. Pure.
 */
public final class UserHash {

  private UserHash() {}

  public static String of(String userKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(userKey).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
