package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfParsed;
import dev.mxbot.checks.spf.SpfRecord;
import dev.mxbot.checks.spf.SpfTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One record of an SPF tree while {@link SpfEvaluator} looks up its terms: the record, the path
 * that led to it, and what each term led to so far. Becomes an {@link SpfNode} once every level
 * below it is done. Not thread safe: the evaluator adds steps from one level's pass.
 */
final class SpfDraft {

  /**
   * A DNS-querying term of the record.
   *
   * @param text the term as written
   * @param name the mechanism name, or {@code redirect}
   * @param target the name it asks about (the domain-spec as written when it holds a macro)
   * @param macro true when the domain-spec holds a macro: it is never looked up
   */
  record Term(String text, String name, String target, boolean macro) {

    boolean follows() {
      return name.equals("include") || name.equals("redirect");
    }

    /** What this term led to. */
    SpfStep step(SpfStep.Outcome outcome) {
      return SpfStep.of(text, name, target, outcome);
    }

    /** What this term led to, with a count and whether it was a void lookup. */
    SpfStep step(SpfStep.Outcome outcome, int count, boolean isVoid) {
      return new SpfStep(
          text, name, target, outcome, count, isVoid, Optional.empty(), Optional.empty());
    }

    /** An include or redirect whose target's CNAME chain loops or is too long. */
    SpfStep step(AliasChain broken) {
      return new SpfStep(
          text,
          name,
          target,
          SpfStep.Outcome.BROKEN_CHAIN,
          0,
          false,
          Optional.empty(),
          Optional.of(broken));
    }
  }

  /** A step, and the record of the next level it leads to (an include or redirect found). */
  record Pending(SpfStep step, Optional<SpfDraft> child) {}

  private final String domain;
  private final SpfParsed parsed;
  private final List<String> path;
  private final List<CompletableFuture<Pending>> steps = new ArrayList<>();

  SpfDraft(String domain, SpfParsed parsed, List<String> path) {
    this.domain = domain;
    this.parsed = parsed;
    this.path = List.copyOf(path);
  }

  /** The domains from the evaluated domain down to this record's. */
  List<String> path() {
    return path;
  }

  /** The terms costing a lookup, in record order, then redirect; none for a syntax error. */
  List<Term> terms() {
    if (!(parsed instanceof SpfRecord record)) {
      return List.of();
    }
    List<Term> terms = new ArrayList<>();
    for (SpfTerm.Mechanism m : record.evaluated()) {
      if (m.queriesDns()) {
        terms.add(
            new Term(
                m.text(),
                m.name(),
                m.hasMacro() ? m.domainSpec() : m.target(domain),
                m.hasMacro()));
      }
    }
    record
        .redirect()
        .ifPresent(
            r ->
                terms.add(
                    new Term(
                        r.text(),
                        "redirect",
                        r.hasMacro() ? r.value() : SpfTerm.normalise(r.value()),
                        r.hasMacro())));
    return terms;
  }

  /** Records the next term's step, in term order, and returns it. */
  CompletableFuture<Pending> add(CompletableFuture<Pending> step) {
    steps.add(step);
    return step;
  }

  /** The finished record: call once every step, and every step of the records below, is done. */
  SpfNode node() {
    List<SpfStep> done = new ArrayList<>();
    for (CompletableFuture<Pending> step : steps) {
      Pending pending = step.join();
      SpfStep s = pending.step();
      done.add(
          pending
              .child()
              .map(
                  child ->
                      new SpfStep(
                          s.term(),
                          s.name(),
                          s.target(),
                          s.outcome(),
                          s.count(),
                          s.isVoid(),
                          Optional.of(child.node()),
                          s.chain()))
              .orElse(s));
    }
    return new SpfNode(domain, parsed, done);
  }
}
