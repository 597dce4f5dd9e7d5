package dev.mxbot.checks.dmarc;

/**
 * The first thing wrong in a DMARC record, as the agent will read it: the tag, what was found and
 * what is expected, both in record syntax (language-neutral).
 *
 * @param tag the tag at fault ({@code p}, {@code rua}, ...), or the bare text when a part has no
 *     {@code =}
 * @param value what the record holds there (empty when the tag is missing)
 * @param expected a valid value or the corrected text, e.g. {@code none | quarantine | reject}
 */
public record DmarcProblem(String tag, String value, String expected) {}
