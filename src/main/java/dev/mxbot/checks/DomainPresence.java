package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.concurrent.CompletableFuture;

/**
 * Whether the asked domain is known to exist, for checks that look at names below it ({@code
 * _dmarc}, {@code _domainkey}): a missing name below means nothing for a domain that does not exist
 * or could not be asked. Shares the MX and apex TXT questions of the other checks.
 */
final class DomainPresence {

  private final Lookups lookups;
  private final MailFacts mail;

  DomainPresence(Lookups lookups, MailFacts mail) {
    this.lookups = lookups;
    this.mail = mail;
  }

  /**
   * True when the MX or TXT question of the domain was answered (records or NODATA). One answer is
   * enough: only when neither is (both failed or came too late) is the asking check's area
   * unchecked.
   */
  CompletableFuture<Boolean> known(CheckContext context) {
    CheckContext shared = context.shared();
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(shared, context.domain().fqdn(), RecordType.TXT);
    return mail.mxAnswer(shared)
        .thenCombine(
            txt,
            (mx, apexTxt) -> {
              if (mx.isUnanswered() && apexTxt.isUnanswered()) {
                context.markUnchecked();
              }
              return answered(mx) || answered(apexTxt);
            });
  }

  private static boolean answered(DnsAnswer answer) {
    return answer.isOk() || answer.status() == DnsAnswer.Status.NODATA;
  }
}
