package dev.mxbot.providers;

/** An MX host recognised as {@code provider}'s, of the given kind. */
public record MxHostMatch(Provider provider, MxHostKind kind) {}
