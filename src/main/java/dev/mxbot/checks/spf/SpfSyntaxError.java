package dev.mxbot.checks.spf;

/**
 * Why an SPF record is malformed, pointing at the first term that is.
 *
 * @param term the failing term as written
 * @param position the 1-based word index of that term in the record, {@code v=spf1} being word 1
 * @param reason what is wrong, as a language-neutral key
 * @param expected what the term should look like: a corrected term when the fix is certain ({@code
 *     include:mx.ovh.com} for {@code include=mx.ovh.com}), else the expected syntax ({@code
 *     ip4:<ip4-address>/<0-32>}). Language-neutral, so messages can show it as it is.
 */
public record SpfSyntaxError(String term, int position, SpfSyntaxReason reason, String expected)
    implements SpfParsed {}
