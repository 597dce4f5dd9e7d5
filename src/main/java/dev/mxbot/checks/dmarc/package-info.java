/**
 * The DMARC record reader: {@link dev.mxbot.checks.dmarc.DmarcRecord#read} splits a record into its
 * parts, {@link dev.mxbot.checks.dmarc.DmarcSyntax} judges them tag by tag ({@link
 * dev.mxbot.checks.dmarc.DmarcTag}, the first {@link dev.mxbot.checks.dmarc.DmarcProblem}), {@link
 * dev.mxbot.checks.dmarc.DmarcTypos} spots misspelt tags and {@link
 * dev.mxbot.checks.dmarc.DmarcPolicy} gives the policy in force ({@code p}, or {@code sp} when
 * inherited).
 *
 * <p>Pure: depends on the JDK only (no DNS, chat, rendering). Turning records into findings is the
 * DMARC check's ({@code checks.DmarcCheck}, {@code checks.DmarcFindings}).
 */
package dev.mxbot.checks.dmarc;
