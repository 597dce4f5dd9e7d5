package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Does the name exist at all, and does the resolver answer for it? Reads the apex MX and TXT
 * answers the other checks ask anyway. A SERVFAIL that DNSSEC explains is left to the DNSSEC check;
 * a failure that the resolver also gives for the control question {@code <tld>. SOA} is the
 * resolver's ({@code RESOLVER_FAILING}), never blamed on the domain; NXDOMAIN for one type while
 * another answers is {@code DNS_INCONSISTENT_ANSWERS}, never "does not exist".
 */
final class DomainCheck implements Check {

  private final MailFacts mail;
  private final DnssecFacts dnssec;
  private final Lookups lookups;

  DomainCheck(MailFacts mail, DnssecFacts dnssec, Lookups lookups) {
    this.mail = mail;
    this.dnssec = dnssec;
    this.lookups = lookups;
  }

  @Override
  public Area area() {
    return Area.DOMAIN;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context.shared(), context.domain().fqdn(), RecordType.TXT);
    return mail.mxAnswer(context.shared())
        .thenCombine(txt, Apex::new)
        .thenCombine(dnssec.bogus(context), (apex, bogus) -> bogus ? null : apex)
        .thenCompose(apex -> apex == null ? done() : judge(context, apex));
  }

  /** The domain's MX and TXT answers. */
  private record Apex(DnsAnswer mx, DnsAnswer txt) {}

  private CompletableFuture<Void> judge(CheckContext context, Apex apex) {
    String domain = context.domain().unicode();
    DnsAnswer mx = apex.mx();
    if (mx.isUnanswered() && apex.txt().isUnanswered()) {
      context.markUnchecked(); // whether the domain exists is not known
    }
    if (mx.status() == DnsAnswer.Status.NXDOMAIN && answers(apex.txt())) {
      context.add(inconsistent(domain, "MX", "TXT"));
    } else if (apex.txt().status() == DnsAnswer.Status.NXDOMAIN && answers(mx)) {
      context.add(inconsistent(domain, "TXT", "MX"));
    } else if (mx.status() == DnsAnswer.Status.NXDOMAIN) {
      context.add(Finding.of(FindingCode.DOMAIN_NOT_FOUND, "domain", domain));
      // Nothing exists under a name that does not exist (RFC 8020): no MX, SPF or DMARC,
      // answered, not merely unchecked.
      context.updateRecords(r -> new ReportRecords(r.ns(), List.of(), List.of(), List.of()));
    } else if (mx.isUnanswered()) {
      return resolverOrDomain(context, mx);
    }
    return done();
  }

  /**
   * The domain's lookup failed: if the resolver fails the control question too, it is the
   * resolver's failure; else a SERVFAIL or REFUSED is the domain's. A timeout or an unreadable
   * answer is no verdict on the domain: it is listed as not checked, and {@code check} exits 3.
   */
  private CompletableFuture<Void> resolverOrDomain(CheckContext context, DnsAnswer failed) {
    String tld = context.domain().ascii().substring(context.domain().ascii().lastIndexOf('.') + 1);
    return lookups
        .resolve(context.shared(), tld + ".", RecordType.SOA)
        .thenAccept(
            control -> {
              if (control.isUnanswered()) {
                context.add(
                    Finding.of(
                        FindingCode.RESOLVER_FAILING,
                        "resolvers",
                        String.join(", ", lookups.resolvers()),
                        "tld",
                        tld,
                        "domain",
                        context.domain().unicode()));
              } else if (failed.status() == DnsAnswer.Status.SERVFAIL
                  || failed.status() == DnsAnswer.Status.REFUSED) {
                context.add(
                    Finding.of(
                        FindingCode.DOMAIN_LOOKUP_FAILED,
                        "domain",
                        context.domain().unicode(),
                        "status",
                        failed.status().name().toUpperCase(Locale.ROOT)));
              }
            });
  }

  private static boolean answers(DnsAnswer answer) {
    return answer.isOk() || answer.status() == DnsAnswer.Status.NODATA;
  }

  private static Finding inconsistent(String domain, String nxdomain, String answered) {
    return Finding.of(
        FindingCode.DNS_INCONSISTENT_ANSWERS,
        "domain",
        domain,
        "nxdomain",
        nxdomain,
        "answered",
        answered);
  }

  private static CompletableFuture<Void> done() {
    return CompletableFuture.completedFuture(null);
  }
}
