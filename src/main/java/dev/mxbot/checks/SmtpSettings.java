package dev.mxbot.checks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The opt-in SMTP/STARTTLS probe of the MX hosts ({@code smtp.*}): whether it runs ({@code
 * smtp.probe}, off by default: the area is then switched off, neither checked nor unchecked), the
 * port (25; tests use a loopback server's), the time one conversation may take ({@code
 * smtp.timeout}, within the report's deadline), the name said in EHLO ({@code smtp.heloName}), the
 * control host probed first ({@code smtp.controlHost}; empty: the home provider's first current MX,
 * from the provider data) and the PEM bundle trusted besides the JVM's ({@code
 * tls.extraCertificates}). Bound off in {@link ChecksModule}; the application binds the configured
 * values.
 */
public record SmtpSettings(
    boolean probe,
    int port,
    Duration timeout,
    String heloName,
    Optional<String> controlHost,
    Optional<Path> extraCertificates) {

  /** The default of {@code smtp.heloName}: a name that cannot be mistaken for a real sender. */
  public static final String DEFAULT_HELO_NAME = "mxbot.invalid";

  /** Off; port 25, 5 s, the default EHLO name, the home provider's MX as control host. */
  public static final SmtpSettings OFF =
      new SmtpSettings(
          false, 25, Duration.ofSeconds(5), DEFAULT_HELO_NAME, Optional.empty(), Optional.empty());

  public SmtpSettings {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("smtp.port out of range: " + port);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("smtp.timeout must be positive");
    }
    Objects.requireNonNull(heloName, "heloName");
    Objects.requireNonNull(controlHost, "controlHost");
    Objects.requireNonNull(extraCertificates, "extraCertificates");
  }
}
