package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Whether the asked domain is known to exist, for checks that look at names below it ({@code
 * _dmarc}, {@code _domainkey}): a missing name below means nothing for a domain that does not exist
 * or could not be asked. Shares the MX and apex TXT questions of the other checks.
 */
final class DomainPresence {

  private final Lookups lookups;
  private final MailFacts mail;

  @Inject
  DomainPresence(Lookups lookups, MailFacts mail) {
    this.lookups = lookups;
    this.mail = mail;
  }

  /** True when the MX or TXT question of the domain was answered (records or NODATA). */
  CompletableFuture<Boolean> known(CheckContext context) {
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context, context.domain().fqdn(), RecordType.TXT);
    return mail.mxAnswer(context)
        .thenCombine(txt, (mx, apexTxt) -> answered(mx) || answered(apexTxt));
  }

  private static boolean answered(DnsAnswer answer) {
    return answer.isOk() || answer.status() == DnsAnswer.Status.NODATA;
  }
}
