package dev.mxbot.core;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The neutral result of one diagnosis: what was found, what it means, nothing about how it is
 * shown. Renderers turn it into text, JSON, Block Kit or embeds; guides are attached at rendering
 * time because they depend on the reader's language. {@code smallestTtl} is the smallest TTL of the
 * records the report is built on: it may not be reused for longer. {@code unchecked} names the
 * areas a needed lookup failed for: a report with any is incomplete, and its verdict never {@code
 * ok}. {@code changes} says what changed since the last recorded check of the domain in the asker's
 * scope, or is {@code null} (nothing recorded before, no store, or the store did not answer in
 * time): the diagnosis leaves it {@code null}, the chat pipeline and {@code check --record} add it
 * ({@link #withChanges}).
 */
public record Report(
    String input,
    DomainName domain,
    Verdict verdict,
    ProviderRef dnsHost,
    ProviderRef mailProvider,
    ReportRecords records,
    List<Finding> findings,
    Duration elapsed,
    Duration smallestTtl,
    Set<Area> unchecked,
    int questions,
    Changes changes) {

  public Report {
    findings = List.copyOf(findings);
    unchecked =
        unchecked.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unchecked));
  }

  /** A report with no {@code changes} (what the diagnosis makes). */
  public Report(
      String input,
      DomainName domain,
      Verdict verdict,
      ProviderRef dnsHost,
      ProviderRef mailProvider,
      ReportRecords records,
      List<Finding> findings,
      Duration elapsed,
      Duration smallestTtl,
      Set<Area> unchecked,
      int questions) {
    this(
        input,
        domain,
        verdict,
        dnsHost,
        mailProvider,
        records,
        findings,
        elapsed,
        smallestTtl,
        unchecked,
        questions,
        null);
  }

  /** A complete report whose answers carry no TTL worth keeping it for. */
  public Report(
      String input,
      DomainName domain,
      Verdict verdict,
      ProviderRef dnsHost,
      ProviderRef mailProvider,
      ReportRecords records,
      List<Finding> findings,
      Duration elapsed) {
    this(
        input,
        domain,
        verdict,
        dnsHost,
        mailProvider,
        records,
        findings,
        elapsed,
        Duration.ZERO,
        Set.of(),
        0);
  }

  /** The same report, as asked with {@code newInput} (a shared or cached report: no question). */
  public Report withInput(String newInput) {
    return new Report(
        newInput,
        domain,
        verdict,
        dnsHost,
        mailProvider,
        records,
        findings,
        elapsed,
        smallestTtl,
        unchecked,
        0,
        changes);
  }

  /** The same report with another elapsed time (golden files need a fixed one). */
  public Report withElapsed(Duration newElapsed) {
    return new Report(
        input,
        domain,
        verdict,
        dnsHost,
        mailProvider,
        records,
        findings,
        newElapsed,
        smallestTtl,
        unchecked,
        questions,
        changes);
  }

  /** The same report with what changed since the last recorded check ({@code null}: none). */
  public Report withChanges(Changes newChanges) {
    return new Report(
        input,
        domain,
        verdict,
        dnsHost,
        mailProvider,
        records,
        findings,
        elapsed,
        smallestTtl,
        unchecked,
        questions,
        newChanges);
  }

  /** True when the home provider hosts the zone (drives the choice of the primary guide). */
  public boolean zoneAtHome(String homeProviderId) {
    return dnsHost != null && dnsHost.id().equals(homeProviderId);
  }

  /** True when every area was checked: nothing it needed failed or came too late. */
  public boolean complete() {
    return unchecked.isEmpty();
  }

  /**
   * True when no DNS answer at all arrived (the command line exits with 3): nothing was learned,
   * and what the report holds says only what could not be checked.
   */
  public boolean dnsUnreachable() {
    return !complete() && findings.stream().allMatch(f -> f.severity() == Severity.UNKNOWN);
  }
}
