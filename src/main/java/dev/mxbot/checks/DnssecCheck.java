package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * DNSSEC as senders see it: no DS at the registry (unsigned), a DS and answers the resolver
 * validated (AD), or a DS and answers that fail validation (SERVFAIL that disappears with the CD
 * bit). With a resolver that does not validate, a signed zone is reported as not verified.
 */
final class DnssecCheck implements Check {

  private final ZoneFacts zones;
  private final Lookups lookups;
  private final MailFacts mail;
  private final DnssecFacts dnssec;

  @Inject
  DnssecCheck(ZoneFacts zones, Lookups lookups, MailFacts mail, DnssecFacts dnssec) {
    this.zones = zones;
    this.lookups = lookups;
    this.mail = mail;
    this.dnssec = dnssec;
  }

  @Override
  public Area area() {
    return Area.DNSSEC;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<DnsAnswer> ds =
        zones
            .zone(context)
            .thenCompose(zone -> lookups.resolveUnchecked(context, zone.apex(), RecordType.DS));
    return dnssec
        .bogus(context)
        .thenCompose(
            bogus ->
                ds.thenCombine(
                    mail.mxAnswer(context.shared()),
                    (delegation, mx) -> report(context, bogus, delegation, mx)));
  }

  private static Void report(CheckContext context, boolean bogus, DnsAnswer ds, DnsAnswer mx) {
    String zone = Hosts.relative(ds.name());
    if (bogus) {
      context.add(Finding.of(FindingCode.DNSSEC_BOGUS, "zone", zone, "keytags", keyTags(ds)));
    } else if (ds.isOk() && mx.authenticated()) {
      context.add(Finding.of(FindingCode.DNSSEC_VALID, "zone", zone, "keytags", keyTags(ds)));
    } else if (ds.isOk() && !mx.isUnanswered()) {
      context.add(Finding.of(FindingCode.DNSSEC_UNVERIFIED, "zone", zone, "keytags", keyTags(ds)));
    } else if (ds.status() == DnsAnswer.Status.NODATA) {
      context.add(Finding.of(FindingCode.DNSSEC_UNSIGNED, "zone", zone));
    } else if (ds.isOk()) {
      // Signed, but whether the resolver validates the zone's answers could not be seen.
      context.markUnchecked();
    }
    return null;
  }

  /** The key tags of the DS records ({@code 12345, 54321}), or {@code -} when there are none. */
  private static String keyTags(DnsAnswer ds) {
    return ds.records().isEmpty()
        ? "-"
        : ds.records().stream()
            .map(DnsRecord::data)
            .map(data -> data.split(" ")[0])
            .distinct()
            .collect(Collectors.joining(", "));
  }
}
