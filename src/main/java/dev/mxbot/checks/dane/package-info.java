/**
 * The TLSA record reader for DANE (RFC 6698, RFC 7672): {@link
 * dev.mxbot.checks.dane.TlsaRecord#parse} reads one record's presentation form (certificate usage,
 * selector, matching type, data) and tells whether SMTP senders may use it; {@link
 * dev.mxbot.checks.dane.TlsaMatch} compares a record with the chain an MX presented (SMTP probe).
 *
 * <p>Pure: depends on the JDK only (no DNS, chat, rendering). Turning records into findings is the
 * DANE check's ({@code checks.DaneCheck}).
 */
package dev.mxbot.checks.dane;
