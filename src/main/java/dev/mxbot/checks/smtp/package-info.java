/**
 * The SMTP/STARTTLS probe (RFC 5321, RFC 3207): a small client on plain sockets that connects to
 * one MX address, reads the banner, says EHLO, asks for STARTTLS, completes the TLS handshake,
 * keeps the certificate chain the server presented and says QUIT. It never sends {@code MAIL FROM}:
 * no mail is ever sent.
 *
 * <p>The server is hostile: replies are read line by line with a byte cap per line and per reply,
 * and every connection has an absolute end (the probe's timeout or the report's deadline, whichever
 * comes first), so a slow drip cannot hold a diagnosis. Judging the certificate (expiry, trust,
 * name) is {@link dev.mxbot.checks.smtp.CertificateJudge}'s; turning outcomes into findings is the
 * SMTP check's ({@code checks.SmtpCheck}).
 */
package dev.mxbot.checks.smtp;
