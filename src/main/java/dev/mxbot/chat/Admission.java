package dev.mxbot.chat;

import dev.mxbot.core.DomainName;

/**
 * What the {@link RequestPipeline} decided at once about a command: answer now ({@link Answer}:
 * refused, not allowed, rate-limited, busy — nothing runs), or accepted ({@link Accepted}: the
 * adapter acknowledges, e.g. "Checking caffè.it…", and the final answer goes to the command's
 * {@link Reply}).
 */
public sealed interface Admission {

  /** Nothing runs: this is the whole answer. */
  record Answer(Outcome outcome) implements Admission {}

  /** The diagnosis of {@code domain} runs, joins one in flight or reuses a recent report. */
  record Accepted(String lang, DomainName domain) implements Admission {}
}
