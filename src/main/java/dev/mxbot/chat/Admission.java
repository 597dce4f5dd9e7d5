package dev.mxbot.chat;

import dev.mxbot.core.DomainName;
import java.util.List;

/**
 * What the {@link RequestPipeline} decided at once about a command: answer now ({@link Answer}:
 * refused, not allowed, rate-limited, busy — nothing runs), or accepted ({@link Accepted}: the
 * adapter acknowledges, e.g. "Checking caffè.it…", and the final answer goes to the command's
 * {@link Reply}).
 */
public sealed interface Admission {

  /** Nothing runs: this is the whole answer. */
  record Answer(Outcome outcome) implements Admission {}

  /**
   * The diagnosis of each of {@code domains} runs, joins one in flight or reuses a recent report;
   * one answer per domain follows.
   */
  record Accepted(String lang, List<DomainName> domains) implements Admission {
    public Accepted {
      domains = List.copyOf(domains);
    }

    /** The first domain asked about. */
    public DomainName domain() {
      return domains.get(0);
    }
  }
}
