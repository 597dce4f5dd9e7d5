package dev.mxbot.core;

/** One MX record as the report shows it: preference and host (absolute, with trailing dot). */
public record MxEntry(int preference, String host) {}
