package dev.mxbot.checks.smtp;

import dev.mxbot.checks.tls.TrustAnchors;
import java.net.IDN;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.X509TrustManager;

/**
 * Judges the chain an MX presented after STARTTLS as a PKIX sender would: the server's certificate
 * must not be expired (or not yet valid), must chain to a trusted authority (the JVM's trust store
 * plus {@code tls.extraCertificates}, as for the MTA-STS policy fetch) and must name the MX host (a
 * {@code dNSName} of its subject alternative names; a wildcard stands for one left-most label, RFC
 * 6125 §6.4.3). Says which check failed first, in that order.
 */
public final class CertificateJudge {

  /** Why a chain fails: the message ids of {@code SMTP_CERT_INVALID}. */
  public enum Problem {
    EXPIRED("expired"),
    UNTRUSTED("untrusted"),
    WRONG_NAME("name");

    private final String id;

    Problem(String id) {
      this.id = id;
    }

    /** The id in messages ({@code smtp.cert.<id>}) and JSON parameters. */
    public String id() {
      return id;
    }
  }

  private final X509TrustManager trust;

  private CertificateJudge(X509TrustManager trust) {
    this.trust = trust;
  }

  /** Trusts the JVM's authorities and those of the PEM bundle {@code extra}. */
  public static CertificateJudge trusting(Optional<Path> extra) {
    return new CertificateJudge(TrustAnchors.jvmPlus(extra));
  }

  /** The first problem of {@code chain} for the MX {@code host} at {@code now}; empty if none. */
  public Optional<Problem> judge(List<X509Certificate> chain, String host, Instant now) {
    if (chain.isEmpty()) {
      return Optional.of(Problem.UNTRUSTED);
    }
    if (!validAt(chain.get(0), now)) {
      return Optional.of(Problem.EXPIRED);
    }
    if (!trusted(chain)) {
      return Optional.of(Problem.UNTRUSTED);
    }
    return names(chain.get(0), host) ? Optional.empty() : Optional.of(Problem.WRONG_NAME);
  }

  /** True when {@code certificate} is within its validity period at {@code now}. */
  public static boolean validAt(X509Certificate certificate, Instant now) {
    try {
      certificate.checkValidity(Date.from(now));
      return true;
    } catch (CertificateException e) {
      return false;
    }
  }

  private boolean trusted(List<X509Certificate> chain) {
    try {
      // "UNKNOWN": the key exchange is not the chain's business (the JDK's own TLS 1.3 value).
      trust.checkServerTrusted(chain.toArray(X509Certificate[]::new), "UNKNOWN");
      return true;
    } catch (CertificateException | IllegalArgumentException e) {
      return false;
    }
  }

  /** True when a {@code dNSName} of {@code certificate} matches {@code host} (no trailing dot). */
  public static boolean names(X509Certificate certificate, String host) {
    String wanted = ascii(host);
    Collection<List<?>> alternatives;
    try {
      alternatives = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      return false;
    }
    if (alternatives == null) {
      return false;
    }
    return alternatives.stream()
        .filter(entry -> entry.size() >= 2 && Integer.valueOf(2).equals(entry.get(0)))
        .map(entry -> String.valueOf(entry.get(1)))
        .anyMatch(name -> matches(ascii(name), wanted));
  }

  private static boolean matches(String pattern, String host) {
    if (pattern.startsWith("*.")) {
      int dot = host.indexOf('.');
      return dot > 0 && host.substring(dot + 1).equals(pattern.substring(2));
    }
    return pattern.equals(host);
  }

  private static String ascii(String name) {
    String trimmed = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    try {
      return IDN.toASCII(trimmed).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return trimmed.toLowerCase(Locale.ROOT);
    }
  }
}
