package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.concurrent.CompletableFuture;

/**
 * Decides which answers a finding is read from while an MX or SPF change is spreading: the zone's
 * nameservers already serve the new records, the resolver still returns the old ones from its cache
 * ({@link PendingChange}: the situation of {@code PROPAGATION_PENDING} and {@code
 * SPF_PROPAGATION_PENDING}). Computed once per report.
 *
 * <p>The rule:
 *
 * <ul>
 *   <li><b>What senders and receivers see now</b> follows the resolver, as receivers still do: the
 *       records shown, the MX set's classification ({@code MX_*}) and its targets, the SPF record's
 *       validity and limits ({@code SPF_VALID}, {@code SPF_NONE} itself, {@code SPF_SYNTAX}, the
 *       lookup counts…), DMARC, the DKIM keys and the autoconfiguration records found.
 *   <li><b>Advice for the customer's next edit</b> follows what every nameserver that answered
 *       agrees on: the mail provider the report names, the provider's SPF include ({@code
 *       SPF_MISSING_PROVIDER_INCLUDE}, checked in the nameservers' SPF record when that is the one
 *       spreading) and the record {@code SPF_NONE} suggests, which autoconfiguration records are
 *       expected ({@code AUTOCONFIG_OK}, {@code AUTOCONFIG_MISSING}, {@code AUTOCONFIG_MISMATCH}),
 *       which DKIM selectors are tried ({@code DKIM_UNKNOWN} names them). Such a finding carries a
 *       sentence saying it follows the nameservers ({@link AdviceBasis#noted}).
 *   <li>When the nameservers disagree among themselves, none answered, or the resolver's answer is
 *       unusable, nothing is spreading: advice follows the resolver, and says nothing more.
 * </ul>
 *
 * <p>The nameservers' answers are read on {@link CheckContext#shared()} and mark no area: a check
 * that can do without them (it then follows the resolver) is never left unchecked for want of them.
 */
final class ChangeInProgress {

  private static final Object PENDING = new Object();
  private static final Object BASIS = new Object();

  private final NameserverFacts nameservers;
  private final MailFacts mail;
  private final Lookups lookups;

  ChangeInProgress(NameserverFacts nameservers, MailFacts mail, Lookups lookups) {
    this.nameservers = nameservers;
    this.mail = mail;
    this.lookups = lookups;
  }

  /** The MX and SPF changes spreading, if any. Marks no area. */
  CompletableFuture<PendingChange> pending(CheckContext context) {
    CheckContext shared = context.shared();
    return context.memo(
        PENDING,
        () -> {
          String fqdn = shared.domain().fqdn();
          CompletableFuture<NameserverFacts.Views> views = nameservers.views(shared);
          CompletableFuture<DnsAnswer> mx = mail.mxAnswer(shared);
          CompletableFuture<DnsAnswer> txt = lookups.resolve(shared, fqdn, RecordType.TXT);
          return CompletableFuture.allOf(views, mx, txt)
              .thenApply(all -> PendingChange.of(fqdn, views.join(), mx.join(), txt.join()));
        });
  }

  /**
   * What the asking check's advice follows. Like {@link MailFacts#setup}, marks the asking check's
   * area unchecked when the MX lookup failed; the nameservers' answers mark nothing.
   */
  CompletableFuture<AdviceBasis> basis(CheckContext context) {
    CheckContext shared = context.shared();
    CompletableFuture<AdviceBasis> basis =
        context.memo(
            BASIS,
            () ->
                mail.setup(shared)
                    .thenCombine(pending(shared), (now, change) -> read(shared, now, change))
                    .thenCompose(read -> read));
    return mail.setup(context).thenCombine(basis, (now, found) -> found);
  }

  private CompletableFuture<AdviceBasis> read(
      CheckContext shared, MailSetup now, PendingChange change) {
    if (change.mx().isEmpty() && change.spf().isEmpty()) {
      return CompletableFuture.completedFuture(AdviceBasis.of(now));
    }
    CompletableFuture<MailSetup> advised =
        change
            .mx()
            .map(served -> mail.setupOf(shared, served.authoritative()))
            .orElse(CompletableFuture.completedFuture(now));
    return advised.thenApply(
        setup ->
            new AdviceBasis(
                now, setup, change.spf().map(PendingChange.Served::authoritative), change));
  }
}
