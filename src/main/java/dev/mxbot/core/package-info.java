/**
 * The neutral heart of mxbot: what a domain name is ({@link dev.mxbot.core.DomainName}), what a
 * check is and what it reports ({@link dev.mxbot.core.Check}, {@link dev.mxbot.core.Finding},
 * {@link dev.mxbot.core.FindingCode}), and how checks are run into a {@link dev.mxbot.core.Report}
 * ({@link dev.mxbot.core.Diagnosis}).
 *
 * <p>This package imports the JDK only: no chat SDK, no DNS library. To add a finding, add a code
 * to {@link dev.mxbot.core.FindingCode} (never rename one: it is public contract) and its text to
 * every message bundle.
 */
package dev.mxbot.core;
