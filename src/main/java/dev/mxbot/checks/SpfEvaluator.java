package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a domain's SPF tree the way a receiver would walk it, without a message: every
 * DNS-querying term is looked up once (through {@link Lookups}), and include/redirect targets are
 * fetched and parsed in turn. All the terms of one record are looked up at once; each included
 * record is read as soon as it arrives. Bounded: at most {@value #MAX_DEPTH} levels below the
 * domain and {@value #MAX_RECORDS} fetched records; beyond, steps are {@code NOT_FOLLOWED}. Safe
 * for concurrent use.
 */
final class SpfEvaluator {

  static final int MAX_DEPTH = 10;
  static final int MAX_RECORDS = 100;

  private final Lookups lookups;

  @Inject
  SpfEvaluator(Lookups lookups) {
    this.lookups = lookups;
  }

  /**
   * The SPF tree of {@code domain} (lower case, no trailing dot), whose record is {@code record}.
   */
  CompletableFuture<SpfNode> evaluate(CheckContext context, String domain, SpfRecord record) {
    return new Walk(context, new AtomicInteger()).node(domain, record, List.of(domain));
  }

  /** One evaluation: the report's context and the count of records fetched so far. */
  private final class Walk {
    private final CheckContext context;
    private final AtomicInteger fetched;

    Walk(CheckContext context, AtomicInteger fetched) {
      this.context = context;
      this.fetched = fetched;
    }

    CompletableFuture<SpfNode> node(String domain, SpfParsed parsed, List<String> path) {
      if (!(parsed instanceof SpfRecord record)) {
        return CompletableFuture.completedFuture(new SpfNode(domain, parsed, List.of()));
      }
      List<CompletableFuture<SpfStep>> steps = new ArrayList<>();
      for (SpfTerm.Mechanism m : record.evaluated()) {
        if (m.queriesDns()) {
          String target = m.hasMacro() ? m.domainSpec() : m.target(domain);
          steps.add(
              m.hasMacro()
                  ? done(SpfStep.of(m.text(), m.name(), target, SpfStep.Outcome.MACRO))
                  : step(m.text(), m.name(), target, path));
        }
      }
      record
          .redirect()
          .ifPresent(
              r ->
                  steps.add(
                      r.hasMacro()
                          ? done(SpfStep.of(r.text(), "redirect", r.value(), SpfStep.Outcome.MACRO))
                          : step(r.text(), "redirect", SpfTerm.normalise(r.value()), path)));
      return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
          .thenApply(
              v ->
                  new SpfNode(
                      domain, parsed, steps.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<SpfStep> step(
        String term, String name, String target, List<String> path) {
      return switch (name) {
        case "include", "redirect" -> follow(term, name, target, path);
        case "a" ->
            ask(target, RecordType.A)
                .thenCombine(
                    ask(target, RecordType.AAAA),
                    (v4, v6) -> SpfStep.of(term, name, target, outcome(v4, v6)));
        case "mx" ->
            ask(target, RecordType.MX)
                .thenApply(
                    mx ->
                        new SpfStep(
                            term,
                            name,
                            target,
                            outcome(mx, mx),
                            mx.records().size(),
                            mx.isNegative(),
                            Optional.empty()));
        case "exists" ->
            ask(target, RecordType.A).thenApply(a -> SpfStep.of(term, name, target, outcome(a, a)));
        default -> done(SpfStep.of(term, name, target, SpfStep.Outcome.COUNTED));
      };
    }

    private CompletableFuture<SpfStep> follow(
        String term, String name, String target, List<String> path) {
      if (path.contains(target)) {
        return done(SpfStep.of(term, name, target, SpfStep.Outcome.LOOP));
      }
      if (path.size() > MAX_DEPTH || fetched.incrementAndGet() > MAX_RECORDS) {
        return done(SpfStep.of(term, name, target, SpfStep.Outcome.NOT_FOLLOWED));
      }
      return ask(target, RecordType.TXT)
          .thenCompose(
              answer -> {
                if (answer.isUnanswered()) {
                  return done(SpfStep.of(term, name, target, SpfStep.Outcome.UNANSWERED));
                }
                List<String> spf = TxtRecords.withVersion(answer, SpfParser.VERSION);
                if (spf.size() != 1) {
                  return done(
                      new SpfStep(
                          term,
                          name,
                          target,
                          SpfStep.Outcome.NO_RECORD,
                          spf.size(),
                          answer.isNegative(),
                          Optional.empty()));
                }
                List<String> deeper = new ArrayList<>(path);
                deeper.add(target);
                return node(target, SpfRecord.parse(spf.get(0)), deeper)
                    .thenApply(
                        child ->
                            new SpfStep(
                                term,
                                name,
                                target,
                                SpfStep.Outcome.RECORD,
                                1,
                                false,
                                Optional.of(child)));
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

  private static CompletableFuture<SpfStep> done(SpfStep step) {
    return CompletableFuture.completedFuture(step);
  }
}
