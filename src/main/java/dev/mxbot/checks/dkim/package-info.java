/**
 * The DKIM key record reader: {@link dev.mxbot.checks.dkim.DkimKey#read} reads a {@code v=DKIM1}
 * record's key type and size, and says why a key cannot be used ({@link
 * dev.mxbot.checks.dkim.DkimKey.Problem}: revoked, not base64, RSA too short, ...).
 *
 * <p>Pure: depends on the JDK only (no DNS, chat, rendering). Which selectors are looked up, and
 * the findings, are the DKIM check's ({@code checks.DkimCheck}, {@code checks.DkimFindings}).
 */
package dev.mxbot.checks.dkim;
