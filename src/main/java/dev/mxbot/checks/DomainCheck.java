package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * Does the name exist at all, and does the resolver answer for it? A SERVFAIL that DNSSEC explains
 * is left to the DNSSEC check.
 */
final class DomainCheck implements Check {

  private final MailFacts mail;
  private final DnssecFacts dnssec;

  @Inject
  DomainCheck(MailFacts mail, DnssecFacts dnssec) {
    this.mail = mail;
    this.dnssec = dnssec;
  }

  @Override
  public Area area() {
    return Area.DOMAIN;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String domain = context.domain().unicode();
    return mail.mxAnswer(context)
        .thenAcceptBoth(
            dnssec.bogus(context),
            (answer, bogus) -> {
              if (bogus) {
                return; // a DNSSEC failure: the DNSSEC check explains it
              }
              switch (answer.status()) {
                case NXDOMAIN -> {
                  context.add(Finding.of(FindingCode.DOMAIN_NOT_FOUND, "domain", domain));
                  // Nothing exists under a name that does not exist (RFC 8020): no MX, SPF or
                  // DMARC, answered, not merely unchecked.
                  context.updateRecords(
                      r -> new ReportRecords(r.ns(), List.of(), List.of(), List.of()));
                }
                case SERVFAIL, REFUSED ->
                    context.add(
                        Finding.of(
                            FindingCode.DOMAIN_LOOKUP_FAILED,
                            "domain",
                            domain,
                            "status",
                            answer.status().name().toUpperCase(Locale.ROOT)));
                // No answer at all (timeout, network error, unreadable data): not a verdict on
                // the domain; the lookup is listed as not checked, and `check` exits 3.
                case OK, NODATA, TIMEOUT, FAILED -> {}
              }
            });
  }
}
