package dev.mxbot.core;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every {@link Check} concurrently on one report (each through the {@link CheckContext} view
 * of its area) and turns what they found into a {@link Report} by the deadline. A check still
 * running at the deadline, or one that failed unexpectedly, leaves its area unchecked; the lookups
 * that got no answer are named in one {@code DNS_TIMEOUT} finding; the rest of the report stands.
 * Safe for concurrent use.
 */
public final class Diagnosis {

  /** Name of the {@link Duration} binding for the whole-report deadline. */
  public static final String DEADLINE = "diagnosis.deadline";

  /** Time kept between the lookups' deadline and the report's, to gather late answers. */
  private static final Duration GATHER_MARGIN = Duration.ofMillis(250);

  /**
   * By area, then most severe first, then code. Written out, as the other orders of a check: the
   * {@code Comparator.comparing} combinators link serializable lambdas, which no class cache holds,
   * so a cold check would generate a class for each.
   */
  private static final Comparator<Finding> ORDER =
      (a, b) -> {
        int area = Integer.compare(a.area().ordinal(), b.area().ordinal());
        if (area != 0) {
          return area;
        }
        int severity = Integer.compare(b.severity().ordinal(), a.severity().ordinal());
        return severity != 0 ? severity : Integer.compare(a.code().ordinal(), b.code().ordinal());
      };

  private final Set<Check> checks;
  private final Clock clock;
  private final Duration deadline;

  @Inject
  public Diagnosis(Set<Check> checks, Clock clock, @Named(DEADLINE) Duration deadline) {
    this.checks = checks;
    this.clock = clock;
    this.deadline = deadline;
  }

  /** Diagnoses {@code domain}; blocks at most until the deadline (plus scheduling slack). */
  public Report diagnose(String input, DomainName domain, CheckOptions options) {
    Instant start = clock.instant();
    Instant end = start.plus(deadline);
    // (not Duration.multipliedBy: it goes through BigDecimal, whose class initialisation alone
    // was 3 % of a cold check's CPU)
    Duration margin =
        deadline.toNanos() > 4 * GATHER_MARGIN.toNanos() ? GATHER_MARGIN : Duration.ZERO;
    CheckContext context = new CheckContext(domain, options, end.minus(margin));
    Map<Check, CompletableFuture<?>> running = new LinkedHashMap<>();
    for (Check check : checks) {
      running.put(check, start(check, context.forArea(check.area())));
    }
    await(running.values(), end);
    boolean cutOff = running.values().stream().anyMatch(future -> !future.isDone());
    running.forEach(
        (check, future) -> {
          if (!future.isDone()) {
            context.forArea(check.area()).markUnchecked();
          } else if (future.isCompletedExceptionally()) {
            // asked for here only: the JDK's logging set-up is a few ms of a cold check
            System.getLogger(Diagnosis.class.getName())
                .log(
                    System.Logger.Level.ERROR,
                    "check " + check.getClass().getSimpleName() + " failed on " + domain.ascii(),
                    cause(future));
            context.forArea(check.area()).markUnchecked();
          }
        });
    CheckContext.Snapshot gathered = context.freeze(cutOff);
    List<Finding> findings = new ArrayList<>(gathered.findings());
    if (!gathered.unanswered().isEmpty() && !explainedByDnssec(findings)) {
      findings.add(
          Finding.of(
              FindingCode.DNS_TIMEOUT, "unanswered", String.join(", ", gathered.unanswered())));
    }
    findings.sort(ORDER);
    return new Report(
        input,
        domain,
        Verdict.of(findings, gathered.unchecked().isEmpty()),
        gathered.dnsHost(),
        gathered.mailProvider(),
        gathered.records(),
        findings,
        Duration.between(start, clock.instant()),
        gathered.smallestTtl(),
        gathered.unchecked(),
        gathered.questions());
  }

  /**
   * A zone whose DNSSEC is broken makes validating resolvers fail every lookup in it: the report's
   * {@code DNSSEC_BOGUS} (or {@code DNSSEC_DS_MISMATCH}) says why, and "not answered, run again"
   * beside it would mislead. The areas stay unchecked.
   */
  private static boolean explainedByDnssec(List<Finding> findings) {
    return findings.stream()
        .anyMatch(
            f ->
                f.code() == FindingCode.DNSSEC_BOGUS || f.code() == FindingCode.DNSSEC_DS_MISMATCH);
  }

  private static CompletableFuture<?> start(Check check, CheckContext context) {
    try {
      return check.run(context).toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static Throwable cause(CompletableFuture<?> failed) {
    try {
      failed.getNow(null);
      return null;
    } catch (RuntimeException e) {
      return e.getCause() != null ? e.getCause() : e;
    }
  }

  private void await(Collection<CompletableFuture<?>> running, Instant end) {
    long remaining = Duration.between(clock.instant(), end).toMillis();
    try {
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
          .get(Math.max(remaining, 0), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Reported per check below.
    }
  }
}
