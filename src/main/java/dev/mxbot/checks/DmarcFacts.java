package dev.mxbot.checks;

import dev.mxbot.checks.dmarc.DmarcRecord;
import dev.mxbot.checks.dmarc.DmarcSyntax;
import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.RecordType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The DMARC record receivers apply to the domain, read once per report for the checks that build on
 * it (BIMI needs an enforcing policy, report authorisation the {@code rua}/{@code ruf} addresses).
 * Asks the same questions as {@link DmarcCheck} (through {@link AliasChains}: a broken CNAME chain
 * means no record) ({@code _dmarc.<domain>}, then the organisational domain's when the domain has
 * none), so it adds none. The DMARC check itself judges the record; this only says which one is in
 * force.
 */
final class DmarcFacts {

  private static final Object KEY = new Object();

  private final AliasChains chains;

  DmarcFacts(AliasChains chains) {
    this.chains = chains;
  }

  /**
   * What receivers find. When a lookup it needs failed or came too late, the asking check's area is
   * unchecked and the fact is {@link DmarcInForce#unanswered()}.
   */
  CompletableFuture<DmarcInForce> inForce(CheckContext context) {
    return context
        .memo(KEY, () -> read(context.shared()))
        .thenApply(
            found -> {
              if (found.unanswered()) {
                context.markUnchecked();
              }
              return found;
            });
  }

  private CompletableFuture<DmarcInForce> read(CheckContext shared) {
    String domain = shared.domain().ascii();
    return dmarcAt(shared, domain)
        .thenCompose(
            answer -> {
              if (answer.unanswered()) {
                return CompletableFuture.completedFuture(DmarcInForce.UNANSWERED);
              }
              List<String> texts = DmarcFindings.dmarcTexts(answer.answer());
              Optional<String> organisational = DmarcCheck.organisationalDomain(domain);
              if (texts.isEmpty() && organisational.isPresent()) {
                return dmarcAt(shared, organisational.get())
                    .thenApply(
                        parent ->
                            parent.unanswered()
                                ? DmarcInForce.UNANSWERED
                                : of(
                                    DmarcFindings.dmarcTexts(parent.answer()),
                                    organisational.get(),
                                    true));
              }
              return CompletableFuture.completedFuture(of(texts, domain, false));
            });
  }

  /** The answer at {@code _dmarc.<domain>}; a name whose CNAME chain is broken has no record. */
  private CompletableFuture<ChainedAnswer> dmarcAt(CheckContext shared, String domain) {
    return chains.resolve(shared, "_dmarc." + domain + ".", RecordType.TXT);
  }

  /** The one valid record among {@code texts}, if there is exactly one. */
  private static DmarcInForce of(List<String> texts, String foundAt, boolean inherited) {
    List<DmarcRecord> valid =
        texts.stream().map(DmarcRecord::read).filter(DmarcRecord::startsWithVersion).toList();
    if (valid.size() != 1 || DmarcSyntax.problem(valid.get(0)).isPresent()) {
      return new DmarcInForce(false, Optional.empty(), foundAt, inherited);
    }
    return new DmarcInForce(false, Optional.of(valid.get(0)), foundAt, inherited);
  }

  /**
   * The DMARC record in force for the asked domain.
   *
   * @param unanswered a lookup failed: nothing is known
   * @param record the single valid record receivers apply; empty when there is none, several or an
   *     invalid one (receivers then apply no DMARC policy)
   * @param foundAt the domain whose {@code _dmarc} name holds it (the asked domain, or its
   *     organisational domain), ASCII
   * @param inherited true when found at the organisational domain
   */
  record DmarcInForce(
      boolean unanswered, Optional<DmarcRecord> record, String foundAt, boolean inherited) {

    static final DmarcInForce UNANSWERED = new DmarcInForce(true, Optional.empty(), "", false);
  }
}
