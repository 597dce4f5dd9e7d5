package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.concurrent.CompletableFuture;

/**
 * Whether a SERVFAIL for the domain is a DNSSEC failure: the resolver fails the MX question, but
 * answers it with checking disabled (CD). Computed once per report; shared by the domain and DNSSEC
 * checks so a bogus zone is reported once, as DNSSEC_BOGUS.
 */
final class DnssecFacts {

  private static final Object KEY = new Object();

  private final Lookups lookups;
  private final MailFacts mail;

  DnssecFacts(Lookups lookups, MailFacts mail) {
    this.lookups = lookups;
    this.mail = mail;
  }

  CompletableFuture<Boolean> bogus(CheckContext context) {
    CheckContext shared = context.shared();
    return context.memo(
        KEY,
        () ->
            mail.mxAnswer(shared)
                .thenCompose(
                    answer -> {
                      if (answer.status() != DnsAnswer.Status.SERVFAIL) {
                        return CompletableFuture.completedFuture(false);
                      }
                      return lookups
                          .resolveUnchecked(shared, context.domain().fqdn(), RecordType.MX)
                          .thenApply(unchecked -> unchecked.isOk() || unchecked.isNegative());
                    }));
  }
}
