package dev.mxbot.checks.spf;

/**
 * What {@link SpfRecord#parse} makes of a TXT text: a {@link SpfRecord} or a {@link
 * SpfSyntaxError}.
 */
public sealed interface SpfParsed permits SpfRecord, SpfSyntaxError {}
