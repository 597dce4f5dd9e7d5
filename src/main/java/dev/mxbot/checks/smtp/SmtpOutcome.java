package dev.mxbot.checks.smtp;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What probing one MX address learned. {@link Unreachable}: no SMTP conversation (refused, no
 * banner, a broken reply); {@link NoTls}: SMTP works but STARTTLS is not offered, refused or its
 * handshake fails; {@link Tls}: STARTTLS works, with the chain the server presented; {@link Late}:
 * the probe's end came first (the report's deadline): nothing may be concluded.
 */
public sealed interface SmtpOutcome {

  /** The address probed, as {@code 192.0.2.1} or {@code 2001:db8::1}. */
  String address();

  /**
   * No SMTP conversation with {@code address}.
   *
   * @param reason a message id: {@code refused}, {@code timeout}, {@code no_banner}, {@code
   *     rejected} (a banner other than 220) or {@code broken} (not SMTP)
   */
  record Unreachable(String address, String reason) implements SmtpOutcome {}

  /**
   * SMTP without TLS.
   *
   * @param reason a message id: {@code not_offered}, {@code refused} (STARTTLS answered with an
   *     error) or {@code handshake} (the TLS handshake failed)
   */
  record NoTls(String address, String reason) implements SmtpOutcome {}

  /**
   * STARTTLS and its handshake worked.
   *
   * @param chain the certificates the server presented, its own first
   * @param protocol the TLS version agreed, e.g. {@code TLSv1.3}
   */
  record Tls(String address, List<X509Certificate> chain, String protocol) implements SmtpOutcome {
    public Tls {
      chain = List.copyOf(chain);
    }
  }

  /** The probe's end (its timeout within the report's deadline) came before a conclusion. */
  record Late(String address) implements SmtpOutcome {}
}
