package dev.mxbot.checks;

import dev.mxbot.dns.DnsAnswer;
import java.util.Optional;

/**
 * A resolver's answer, and, when it failed because the name's CNAME chain loops or is too long,
 * that chain: then the failure is a proven error of the zone, not a question left unanswered.
 *
 * @param answer the answer to the question asked
 * @param broken the broken chain that explains a failed answer; empty otherwise
 */
record ChainedAnswer(DnsAnswer answer, Optional<AliasChain> broken) {

  static ChainedAnswer of(DnsAnswer answer) {
    return new ChainedAnswer(answer, Optional.empty());
  }

  /** True when nothing can be said about the name: it failed and no broken chain explains it. */
  boolean unanswered() {
    return answer.isUnanswered() && broken.isEmpty();
  }
}
