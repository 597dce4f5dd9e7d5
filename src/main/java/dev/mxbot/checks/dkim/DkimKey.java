package dev.mxbot.checks.dkim;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one DKIM key record holds (RFC 6376 §3.6.1, RFC 8463 for Ed25519): the key type, its size,
 * or why no verifier can use it.
 *
 * <p>{@code k=rsa} (the default) keys are a base64 SubjectPublicKeyInfo whose modulus must have at
 * least 1024 bits (RFC 8301; over 4096 bits it is usable but {@link #tooLarge()}); {@code
 * k=ed25519} keys are 32 raw bytes. An empty {@code p=} means the key was revoked. A problem is a
 * reason id (a message key {@code reason.dkim.<id>}, translated when shown) with the values its
 * text needs.
 *
 * @param type {@code rsa} or {@code ed25519} (as written in {@code k=}, lower-case)
 * @param bits the key size: RSA modulus bits, 256 for Ed25519, 0 when unusable
 * @param problem why the key cannot be used, empty when it can
 */
public record DkimKey(String type, int bits, Optional<DkimKey.Problem> problem) {

  /**
   * Why a key cannot be used.
   *
   * @param reason the reason id: {@code version}, {@code key_type}, {@code no_key}, {@code
   *     revoked}, {@code not_base64}, {@code not_rsa}, {@code rsa_short}, {@code ed25519_length}
   * @param values what the reason's text shows ({@code version}, {@code type}, {@code bits}, {@code
   *     bytes}), record text as written
   */
  public record Problem(String reason, Map<String, String> values) {
    public Problem {
      values = Map.copyOf(values);
    }

    public static Problem of(String reason) {
      return new Problem(reason, Map.of());
    }

    public static Problem of(String reason, String name, String value) {
      return new Problem(reason, Map.of(name, value));
    }
  }

  static final int MIN_RSA_BITS = 1024;

  /** The largest RSA key verifiers must handle (RFC 8301 §3.2). */
  static final int MAX_RSA_BITS = 4096;

  /**
   * True when {@code text} is meant as a DKIM key record: it starts with {@code v=DKIM1} or has a
   * {@code p=} or {@code k=} tag. Other TXT texts (a wildcard's SPF, a verification token) are not
   * DKIM at all.
   */
  public static boolean isDkim(String text) {
    Map<String, String> tags = tags(text);
    return text.strip().toLowerCase(Locale.ROOT).startsWith("v=dkim1")
        || tags.containsKey("p")
        || tags.containsKey("k");
  }

  /** Reads a DKIM key record. */
  public static DkimKey read(String text) {
    Map<String, String> tags = tags(text);
    String type = tags.getOrDefault("k", "rsa").toLowerCase(Locale.ROOT);
    String version = tags.getOrDefault("v", "DKIM1");
    if (!version.equalsIgnoreCase("DKIM1")) {
      return unusable(type, Problem.of("version", "version", version));
    }
    if (!type.equals("rsa") && !type.equals("ed25519")) {
      return unusable(type, Problem.of("key_type", "type", type));
    }
    if (!tags.containsKey("p")) {
      return unusable(type, Problem.of("no_key"));
    }
    String base64 = tags.get("p").replaceAll("\\s", "");
    if (base64.isEmpty()) {
      return unusable(type, Problem.of("revoked"));
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return unusable(type, Problem.of("not_base64"));
    }
    return type.equals("rsa") ? rsa(key) : ed25519(key);
  }

  /**
   * True when the record's {@code t=} flags include {@code y}: the domain is testing DKIM, and
   * verifiers must treat its signed mail like unsigned mail (RFC 6376 §3.6.1).
   */
  public static boolean isTesting(String text) {
    String flags = tags(text).getOrDefault("t", "");
    for (String flag : flags.split(":")) {
      if (flag.strip().equalsIgnoreCase("y")) {
        return true;
      }
    }
    return false;
  }

  /** {@code RSA-2048}, {@code Ed25519}: how the finding names the key. */
  public String label() {
    return type.equals("rsa") ? "RSA-" + bits : "Ed25519";
  }

  public boolean usable() {
    return problem.isEmpty();
  }

  /**
   * True for a usable RSA key over {@value #MAX_RSA_BITS} bits: verifiers need not handle it (RFC
   * 8301), and some treat its signatures as absent.
   */
  public boolean tooLarge() {
    return usable() && type.equals("rsa") && bits > MAX_RSA_BITS;
  }

  private static DkimKey rsa(byte[] key) {
    int bits;
    try {
      RSAPublicKey publicKey =
          (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key));
      bits = publicKey.getModulus().bitLength();
    } catch (GeneralSecurityException | ClassCastException e) {
      return unusable("rsa", Problem.of("not_rsa"));
    }
    if (bits < MIN_RSA_BITS) {
      return new DkimKey(
          "rsa", bits, Optional.of(Problem.of("rsa_short", "bits", Integer.toString(bits))));
    }
    return new DkimKey("rsa", bits, Optional.empty());
  }

  private static DkimKey ed25519(byte[] key) {
    if (key.length != 32) {
      return unusable(
          "ed25519", Problem.of("ed25519_length", "bytes", Integer.toString(key.length)));
    }
    return new DkimKey("ed25519", 256, Optional.empty());
  }

  private static DkimKey unusable(String type, Problem problem) {
    return new DkimKey(type, 0, Optional.of(problem));
  }

  /** The tags of a DKIM tag-list, names lower-case, first occurrence kept. */
  private static Map<String, String> tags(String text) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        tags.putIfAbsent(
            part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
      }
    }
    return tags;
  }
}
