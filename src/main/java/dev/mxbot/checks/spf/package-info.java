/**
 * The SPF record reader (RFC 7208 syntax): {@link dev.mxbot.checks.spf.SpfRecord#parse} gives
 * either a {@link dev.mxbot.checks.spf.SpfRecord} (its {@link dev.mxbot.checks.spf.SpfTerm}s,
 * mechanisms and modifiers) or a {@link dev.mxbot.checks.spf.SpfSyntaxError} naming the term, the
 * position and the common mistake ({@link dev.mxbot.checks.spf.SpfSyntaxReason}). {@code
 * SpfParser}, {@code SpfTermParser}, {@code SpfDomainSpec} and {@code SpfNetworks} read the text;
 * nothing is looked up.
 *
 * <p>Pure: depends on the JDK only (no DNS, chat, rendering). Following includes and redirects, and
 * the findings, are the SPF check's ({@code checks.SpfEvaluator}, {@code checks.SpfFindings}).
 */
package dev.mxbot.checks.spf;
