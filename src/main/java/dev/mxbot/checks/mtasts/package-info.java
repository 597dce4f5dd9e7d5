/**
 * The MTA-STS readers (RFC 8461): the {@code _mta-sts} TXT record ({@link
 * dev.mxbot.checks.mtasts.MtaStsRecord}) and the policy file ({@link
 * dev.mxbot.checks.mtasts.MtaStsPolicy}), with the §4.1 matching of MX host names against the
 * policy's {@code mx} patterns. Pure: text in, values or a {@link
 * dev.mxbot.checks.mtasts.MtaStsProblem} out; the fetch and the findings live in {@code checks}.
 */
package dev.mxbot.checks.mtasts;
