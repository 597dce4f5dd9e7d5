package dev.mxbot.core;

import java.time.Duration;
import java.util.List;

/**
 * The neutral result of one diagnosis: what was found, what it means, nothing about how it is
 * shown. Renderers turn it into text, JSON, Block Kit or embeds; guides are attached at rendering
 * time because they depend on the reader's language. {@code smallestTtl} is the smallest TTL of the
 * records the report is built on: it may not be reused for longer.
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
    Duration smallestTtl) {

  public Report {
    findings = List.copyOf(findings);
  }

  /** A report whose answers carry no TTL worth keeping it for. */
  public Report(
      String input,
      DomainName domain,
      Verdict verdict,
      ProviderRef dnsHost,
      ProviderRef mailProvider,
      ReportRecords records,
      List<Finding> findings,
      Duration elapsed) {
    this(input, domain, verdict, dnsHost, mailProvider, records, findings, elapsed, Duration.ZERO);
  }

  /** The same report, as asked with {@code newInput} (a shared or cached report). */
  public Report withInput(String newInput) {
    return new Report(
        newInput, domain, verdict, dnsHost, mailProvider, records, findings, elapsed, smallestTtl);
  }

  /** The same report with another elapsed time (golden files need a fixed one). */
  public Report withElapsed(Duration newElapsed) {
    return new Report(
        input, domain, verdict, dnsHost, mailProvider, records, findings, newElapsed, smallestTtl);
  }

  /** True when the home provider hosts the zone (drives the choice of the primary guide). */
  public boolean zoneAtHome(String homeProviderId) {
    return dnsHost != null && dnsHost.id().equals(homeProviderId);
  }

  /** True when no DNS answer at all arrived (the command line exits with 3). */
  public boolean dnsUnreachable() {
    return verdict == Verdict.UNKNOWN
        && findings.stream().anyMatch(f -> f.code() == FindingCode.DNS_TIMEOUT);
  }
}
