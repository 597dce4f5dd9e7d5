package dev.mxbot.checks.dane;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Whether a TLSA record matches the certificate chain an MX presented (RFC 6698 §2.1, RFC 7672
 * §3.1): DANE-EE (3) is compared with the server's own certificate only; DANE-TA (2) with any
 * certificate of the chain. Selector 0 takes the whole certificate (DER), 1 its public key
 * (SubjectPublicKeyInfo); matching type 0 compares them exactly, 1 by SHA-256, 2 by SHA-512. Pure.
 */
public final class TlsaMatch {

  private TlsaMatch() {}

  /** True when {@code record} (usable for SMTP) matches {@code chain} (the server's first). */
  public static boolean matches(TlsaRecord record, List<X509Certificate> chain) {
    if (!record.usableForSmtp() || chain.isEmpty()) {
      return false;
    }
    List<X509Certificate> candidates = record.usage() == 3 ? chain.subList(0, 1) : chain;
    return candidates.stream().anyMatch(c -> matchesOne(record, c));
  }

  private static boolean matchesOne(TlsaRecord record, X509Certificate certificate) {
    byte[] selected;
    try {
      selected =
          record.selector() == 0
              ? certificate.getEncoded()
              : certificate.getPublicKey().getEncoded();
    } catch (CertificateEncodingException e) {
      return false;
    }
    if (selected == null) {
      return false;
    }
    String hex = HexFormat.of().formatHex(digest(record.matchingType(), selected));
    return hex.toUpperCase(Locale.ROOT).equals(record.data());
  }

  private static byte[] digest(int matchingType, byte[] data) {
    if (matchingType == 0) {
      return data;
    }
    try {
      return MessageDigest.getInstance(matchingType == 1 ? "SHA-256" : "SHA-512").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256 and SHA-512", e);
    }
  }

  /** The TLSA data of {@code certificate} for {@code selector} and {@code matchingType} (tests). */
  public static String data(X509Certificate certificate, int selector, int matchingType) {
    try {
      byte[] selected =
          selector == 0 ? certificate.getEncoded() : certificate.getPublicKey().getEncoded();
      return HexFormat.of().formatHex(digest(matchingType, selected)).toUpperCase(Locale.ROOT);
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be encoded", e);
    }
  }
}
