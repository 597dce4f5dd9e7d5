package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Severity;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.SignedAnswer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * DNSSEC as senders see it, read by mxbot itself: the DS records at the parent, and the zone's
 * DNSKEY set and the RRSIGs over its DNSKEY, SOA, MX and TXT records, asked through the resolver
 * with DO and CD and verified here ({@link DnssecReading}), so a resolver that does not validate
 * gives the same report. The resolver's own word still counts: a SERVFAIL that disappears with CD
 * is a failure ({@link DnssecFacts}), and its AD bit vouches for a zone mxbot could not read.
 *
 * <p>Questions: DNSKEY always; SOA, MX and TXT with DO only for a zone that has keys.
 */
final class DnssecCheck implements Check {

  private final ZoneFacts zones;
  private final Lookups lookups;
  private final MailFacts mail;
  private final DnssecFacts dnssec;
  private final Clock clock;
  private final Duration expiryWarning;

  DnssecCheck(
      ZoneFacts zones,
      Lookups lookups,
      MailFacts mail,
      DnssecFacts dnssec,
      Clock clock,
      Duration expiryWarning) {
    this.zones = zones;
    this.lookups = lookups;
    this.mail = mail;
    this.dnssec = dnssec;
    this.clock = clock;
    this.expiryWarning = expiryWarning;
  }

  @Override
  public Area area() {
    return Area.DNSSEC;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return zones
        .zone(context)
        .thenCompose(
            zone -> {
              String apex = zone.apex();
              CompletableFuture<DnsAnswer> ds =
                  lookups.resolveUnchecked(context, apex, RecordType.DS);
              CompletableFuture<SignedAnswer> dnskey =
                  lookups.resolveSigned(context, apex, RecordType.DNSKEY);
              CompletableFuture<List<SignedAnswer>> others =
                  dnskey.thenCompose(keys -> others(context, apex, keys));
              return dnssec
                  .bogus(context)
                  .thenCompose(
                      bogus ->
                          CompletableFuture.allOf(
                                  ds, dnskey, others, mail.mxAnswer(context.shared()))
                              .thenApply(
                                  done ->
                                      report(
                                          context,
                                          apex,
                                          bogus,
                                          ds.join(),
                                          dnskey.join(),
                                          others.join(),
                                          mail.mxAnswer(context.shared()).join())));
            });
  }

  /** The signed SOA, MX and TXT answers, only when the zone has keys to check them with. */
  private CompletableFuture<List<SignedAnswer>> others(
      CheckContext context, String apex, SignedAnswer dnskey) {
    if (!dnskey.answer().isOk()) {
      return CompletableFuture.completedFuture(List.of());
    }
    String domain = context.domain().fqdn();
    List<CompletableFuture<SignedAnswer>> asked =
        List.of(
            lookups.resolveSigned(context, apex, RecordType.SOA),
            lookups.resolveSigned(context, domain, RecordType.MX),
            lookups.resolveSigned(context, domain, RecordType.TXT));
    return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
        .thenApply(done -> asked.stream().map(CompletableFuture::join).toList());
  }

  private Void report(
      CheckContext context,
      String apex,
      boolean bogus,
      DnsAnswer ds,
      SignedAnswer dnskey,
      List<SignedAnswer> others,
      DnsAnswer mx) {
    String zone = Hosts.relative(apex);
    DnssecReading reading = new DnssecReading(apex, clock.instant(), expiryWarning);
    if (ds.status() == DnsAnswer.Status.NODATA && !bogus) {
      context.add(reading.undelegated(dnskey));
      return null;
    }
    if (ds.isOk() && !dnskey.answer().isUnanswered()) {
      Optional<List<Finding>> read = reading.delegated(ds, dnskey, others, keyTags(ds));
      if (read.isPresent()) {
        boolean failed = read.get().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        if (failed || !bogus) {
          read.get().forEach(f -> context.add(withDsTtl(f, ds)));
          return null;
        }
        // The resolver fails the zone although what mxbot read checks out (a broken chain above
        // the zone, say): its failure stands, with mxbot's warnings beside it.
        read.get().stream()
            .filter(f -> f.code() != FindingCode.DNSSEC_VALID)
            .forEach(f -> context.add(withDsTtl(f, ds)));
      }
    }
    resolverSays(context, zone, bogus, ds, mx);
    return null;
  }

  /**
   * A DS problem ({@code DNSSEC_BOGUS}, {@code DNSSEC_DS_MISMATCH}) with the DS records' {@code
   * ttl}: how long resolvers keep the registry's old DS once it is replaced or removed.
   */
  private static Finding withDsTtl(Finding finding, DnsAnswer ds) {
    boolean dsProblem =
        finding.code() == FindingCode.DNSSEC_BOGUS
            || finding.code() == FindingCode.DNSSEC_DS_MISMATCH;
    return dsProblem ? CacheTtl.of(finding, ds) : finding;
  }

  /** When mxbot could not read the zone's keys and signatures: what the resolver's flags say. */
  private static void resolverSays(
      CheckContext context, String zone, boolean bogus, DnsAnswer ds, DnsAnswer mx) {
    if (bogus) {
      context.add(
          withDsTtl(
              Finding.of(FindingCode.DNSSEC_BOGUS, "zone", zone, "keytags", keyTags(ds)), ds));
    } else if (ds.isOk() && mx.authenticated()) {
      context.add(Finding.of(FindingCode.DNSSEC_VALID, "zone", zone, "keytags", keyTags(ds)));
    } else if (ds.isOk() && !mx.isUnanswered()) {
      context.add(Finding.of(FindingCode.DNSSEC_UNVERIFIED, "zone", zone, "keytags", keyTags(ds)));
    } else if (ds.status() == DnsAnswer.Status.NODATA) {
      context.add(Finding.of(FindingCode.DNSSEC_UNSIGNED, "zone", zone));
    } else if (ds.isOk()) {
      // Signed, but neither mxbot nor the resolver could tell whether the answers validate.
      context.markUnchecked();
    }
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
