/**
 * The neutral heart of mxbot: what a domain name is ({@link dev.mxbot.core.DomainName}), what a
 * check is and what it reports ({@link dev.mxbot.core.Check}, {@link dev.mxbot.core.Finding},
 * {@link dev.mxbot.core.FindingCode}), and how checks are run into a {@link dev.mxbot.core.Report}
 * ({@link dev.mxbot.core.Diagnosis}).
 *
 * <p>This package imports the JDK only: no chat SDK, no DNS library. To add a finding, add a code
 * to {@link dev.mxbot.core.FindingCode} (never rename one: it is public contract) and its text to
 * every message bundle, and give it an {@link dev.mxbot.core.Area}.
 *
 * <p>Completeness: every check answers for one {@link dev.mxbot.core.Area} and sees the report
 * through a {@link dev.mxbot.core.CheckContext} view of it; a lookup it needs that failed or came
 * too late marks that area unchecked, and a report with an unchecked area is incomplete — its
 * verdict is never {@code ok} ({@link dev.mxbot.core.Verdict}).
 *
 * <p>Parsing what an agent typed into a {@link dev.mxbot.core.DomainName} is split into
 * package-private steps: {@code InputForms} unwraps links, addresses and quotes, {@code
 * HostnameRules} and {@code IdnLabels} judge the name, {@code Refusals} builds the {@link
 * dev.mxbot.core.InputRefusal}s. A new refusal rule needs its {@code input.<rule>} text in every
 * message bundle. {@link dev.mxbot.core.InputPolicy} is what the adapters call: that parse, the
 * denied suffixes, then the {@link dev.mxbot.core.PublicSuffixes} port (implemented outside core,
 * in {@code dev.mxbot.publicsuffix}) for names outside the public top-level domains.
 *
 * <p>Cold start: the records a check uses as map keys ({@link dev.mxbot.core.DomainName}, {@link
 * dev.mxbot.core.CheckOptions}, {@link dev.mxbot.core.MxEntry}, the lookup and memo keys of {@code
 * checks}, the shared-diagnosis key of {@code chat}) write {@code equals} and {@code hashCode} by
 * hand. A record's generated ones are linked through {@code java.lang.runtime.ObjectMethods} on
 * their first call: no class cache holds that, and the first link in a JVM cost about 9 ms of a
 * cold {@code check} on the main thread and as much on the diagnosis thread. Same meaning as the
 * generated ones: every component compared, {@code Objects.equals} for references.
 */
package dev.mxbot.core;
