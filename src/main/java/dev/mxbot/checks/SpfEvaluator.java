package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfParser;
import dev.mxbot.checks.spf.SpfRecord;
import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Builds a domain's SPF tree the way a receiver would walk it, without a message, and stops where a
 * receiver must stop (RFC 7208 §4.6.4). The DNS-querying terms are numbered level by level — the
 * domain's record in order, then the records it includes or redirects to, in order, and so on — and
 * only the first {@value SpfEvaluation#MAX_LOOKUPS} are looked up; once more than {@value
 * SpfEvaluation#MAX_VOID_LOOKUPS} lookups of the levels before found nothing, no further level is
 * looked up. Terms past a limit are {@code NOT_FOLLOWED}: a hostile record costs at most ten
 * lookups (about twenty questions), however many includes or MX names it holds. The terms of one
 * level are looked up at once, each through {@link Lookups}; numbering by level gives the same tree
 * whatever order the answers arrive in. Safe for concurrent use.
 */
final class SpfEvaluator {

  private final Lookups lookups;
  private final AliasChains chains;

  SpfEvaluator(Lookups lookups, AliasChains chains) {
    this.lookups = lookups;
    this.chains = chains;
  }

  /**
   * The SPF tree of {@code domain} (lower case, no trailing dot), whose record is {@code record}.
   */
  CompletableFuture<SpfNode> evaluate(CheckContext context, String domain, SpfRecord record) {
    SpfDraft root = new SpfDraft(domain, record, List.of(domain));
    return new Walk(context).level(List.of(root)).thenApply(done -> root.node());
  }

  /**
   * One evaluation: the terms numbered so far and the void lookups of the finished levels. Its
   * fields change only in {@link #level}, which runs once per level, after the level before.
   */
  private final class Walk {
    private final CheckContext context;
    private int numbered;
    private int voids;

    Walk(CheckContext context) {
      this.context = context;
    }

    CompletableFuture<Void> level(List<SpfDraft> drafts) {
      boolean stopped = voids > SpfEvaluation.MAX_VOID_LOOKUPS;
      List<CompletableFuture<SpfDraft.Pending>> steps = new ArrayList<>();
      for (SpfDraft draft : drafts) {
        for (SpfDraft.Term term : draft.terms()) {
          numbered++;
          boolean allowed = !stopped && numbered <= SpfEvaluation.MAX_LOOKUPS;
          steps.add(draft.add(step(term, draft.path(), allowed)));
        }
      }
      return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
          .thenCompose(
              done -> {
                List<SpfDraft> next = new ArrayList<>();
                for (CompletableFuture<SpfDraft.Pending> step : steps) {
                  SpfDraft.Pending pending = step.join();
                  voids += pending.step().isVoid() ? 1 : 0;
                  pending.child().ifPresent(next::add);
                }
                return next.isEmpty() ? CompletableFuture.completedFuture(null) : level(next);
              });
    }

    /** What one term leads to; only an {@code allowed} term sends a question. */
    private CompletableFuture<SpfDraft.Pending> step(
        SpfDraft.Term t, List<String> path, boolean allowed) {
      if (t.macro()) {
        return done(t.step(SpfStep.Outcome.MACRO));
      }
      if (t.follows() && path.contains(t.target())) {
        return done(t.step(SpfStep.Outcome.LOOP));
      }
      if (t.name().equals("ptr")) {
        return done(t.step(SpfStep.Outcome.COUNTED));
      }
      if (!allowed) {
        return done(t.step(SpfStep.Outcome.NOT_FOLLOWED));
      }
      return switch (t.name()) {
        case "include", "redirect" -> follow(t, path);
        case "a" ->
            ask(t.target(), RecordType.A)
                .thenCombine(
                    ask(t.target(), RecordType.AAAA), (v4, v6) -> found(t.step(outcome(v4, v6))));
        case "mx" ->
            ask(t.target(), RecordType.MX)
                .thenApply(
                    mx -> found(t.step(outcome(mx, mx), mx.records().size(), mx.isNegative())));
        default -> ask(t.target(), RecordType.A).thenApply(a -> found(t.step(outcome(a, a))));
      };
    }

    /**
     * An include or redirect: its target's SPF record, as a draft of the next level. A target whose
     * CNAME chain loops or is too long is the zone's error, not a question left unanswered.
     */
    private CompletableFuture<SpfDraft.Pending> follow(SpfDraft.Term t, List<String> path) {
      return chains
          .resolve(context, Hosts.absolute(t.target()), RecordType.TXT)
          .thenApply(
              chained -> {
                if (chained.broken().isPresent()) {
                  return found(t.step(chained.broken().get()));
                }
                DnsAnswer answer = chained.answer();
                if (answer.isUnanswered()) {
                  return found(t.step(SpfStep.Outcome.UNANSWERED));
                }
                List<String> spf = TxtRecords.withVersion(answer, SpfParser.VERSION);
                if (spf.size() != 1) {
                  return found(t.step(SpfStep.Outcome.NO_RECORD, spf.size(), answer.isNegative()));
                }
                List<String> deeper = new ArrayList<>(path);
                deeper.add(t.target());
                return new SpfDraft.Pending(
                    t.step(SpfStep.Outcome.RECORD, 1, false),
                    Optional.of(new SpfDraft(t.target(), SpfRecord.parse(spf.get(0)), deeper)));
              });
    }

    private CompletableFuture<DnsAnswer> ask(String name, RecordType type) {
      return lookups.resolve(context, Hosts.absolute(name), type);
    }
  }

  /** RESOLVED when either answer has records, VOID when both are negative, else UNANSWERED. */
  private static SpfStep.Outcome outcome(DnsAnswer first, DnsAnswer second) {
    if (first.isOk() || second.isOk()) {
      return SpfStep.Outcome.RESOLVED;
    }
    return first.isNegative() && second.isNegative()
        ? SpfStep.Outcome.VOID
        : SpfStep.Outcome.UNANSWERED;
  }

  private static SpfDraft.Pending found(SpfStep step) {
    return new SpfDraft.Pending(step, Optional.empty());
  }

  private static CompletableFuture<SpfDraft.Pending> done(SpfStep step) {
    return CompletableFuture.completedFuture(found(step));
  }
}
