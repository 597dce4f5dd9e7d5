package dev.mxbot.checks;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the MTA-STS policy is fetched: the HTTPS port ({@code mtaSts.httpsPort}, 443; tests use a
 * loopback server's) and a PEM bundle of authorities trusted besides the JVM's ({@code
 * tls.extraCertificates}). Bound with a default in {@link ChecksModule}; the application binds the
 * configured values.
 */
public record MtaStsSettings(int httpsPort, Optional<Path> extraCertificates) {

  /** Port 443, the JVM's trust store only. */
  public static final MtaStsSettings DEFAULTS = new MtaStsSettings(443, Optional.empty());

  public MtaStsSettings {
    if (httpsPort < 1 || httpsPort > 65535) {
      throw new IllegalArgumentException("httpsPort out of range: " + httpsPort);
    }
    Objects.requireNonNull(extraCertificates, "extraCertificates");
  }
}
