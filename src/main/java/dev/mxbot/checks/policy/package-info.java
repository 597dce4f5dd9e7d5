/**
 * Readers of the mail policy records published beside DMARC: TLS-RPT ({@link
 * dev.mxbot.checks.policy.TlsRptRecord}, RFC 8460 §3) and BIMI ({@link
 * dev.mxbot.checks.policy.BimiRecord}); each says what, if anything, makes a record unusable to the
 * mail servers that read it, as a {@link dev.mxbot.checks.policy.RecordProblem}.
 *
 * <p>Pure: depends on the JDK only (no DNS, chat, rendering, no fetching of URLs). Turning records
 * into findings is the checks' ({@code checks.TlsRptCheck}, {@code checks.BimiCheck}).
 */
package dev.mxbot.checks.policy;
