package dev.mxbot.checks;

/**
 * What {@link SpfRecord#parse} makes of a TXT text: a {@link SpfRecord} or a {@link
 * SpfSyntaxError}.
 */
sealed interface SpfParsed permits SpfRecord, SpfSyntaxError {}
