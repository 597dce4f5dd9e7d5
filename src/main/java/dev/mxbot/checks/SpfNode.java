package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfParsed;
import java.util.List;

/**
 * One SPF record of a domain's SPF tree and what its DNS-querying terms led to.
 *
 * @param domain the domain publishing the record, lower case without trailing dot
 * @param parsed the record, or its syntax error (then {@code steps} is empty)
 * @param steps one per DNS-querying term a receiver may evaluate, in record order, then redirect
 */
record SpfNode(String domain, SpfParsed parsed, List<SpfStep> steps) {

  SpfNode {
    steps = List.copyOf(steps);
  }

  /** The DNS lookups this record costs, counted recursively through include and redirect. */
  int lookups() {
    return steps.stream().mapToInt(SpfNode::weight).sum();
  }

  /** One lookup for the term itself, plus those of the record it leads to. */
  static int weight(SpfStep step) {
    return 1 + step.child().map(SpfNode::lookups).orElse(0);
  }
}
