package dev.mxbot.checks;

import com.google.common.net.InternetDomainName;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The DMARC record at {@code _dmarc.<domain>}, or at the organisational domain when the domain has
 * none (RFC 7489 §6.6.3): present, unique, and what policy it asks receivers to apply. A name whose
 * CNAME chain loops or is too long is DMARC_UNREADABLE: receivers find no record there.
 */
final class DmarcCheck implements Check {

  private final AliasChains chains;
  private final DomainPresence presence;

  DmarcCheck(AliasChains chains, DomainPresence presence) {
    this.chains = chains;
    this.presence = presence;
  }

  @Override
  public Area area() {
    return Area.DMARC;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String domain = context.domain().ascii();
    CompletableFuture<ChainedAnswer> own = dmarcAt(context, domain);
    return presence
        .known(context)
        .thenCombine(own, (exists, answer) -> exists ? answer : null)
        .thenCompose(
            answer -> {
              if (answer == null || answer.unanswered() || unreadable(context, answer)) {
                return CompletableFuture.completedFuture(null);
              }
              List<String> records = DmarcFindings.dmarcTexts(answer.answer());
              Optional<String> organisational = organisationalDomain(domain);
              if (records.isEmpty() && organisational.isPresent()) {
                return dmarcAt(context, organisational.get())
                    .thenAccept(
                        parent ->
                            reportInherited(
                                context, parent, organisational.get(), answer.answer()));
              }
              report(context, records, domain, answer.answer(), answer.answer());
              return CompletableFuture.completedFuture(null);
            });
  }

  private static void reportInherited(
      CheckContext context, ChainedAnswer parent, String at, DnsAnswer own) {
    if (!parent.unanswered() && !unreadable(context, parent)) {
      report(context, DmarcFindings.dmarcTexts(parent.answer()), at, parent.answer(), own);
    }
  }

  /**
   * True, after saying so, when the record cannot be read because the zone's CNAME chain for its
   * name loops or is too long: DMARC_UNREADABLE, and nothing else is claimed about the record.
   */
  private static boolean unreadable(CheckContext context, ChainedAnswer answer) {
    answer
        .broken()
        .ifPresent(
            chain ->
                context.add(
                    Finding.of(
                        FindingCode.DMARC_UNREADABLE,
                        "name",
                        Hosts.relative(answer.answer().name()),
                        "reasonKey",
                        "reason." + chain.reason(),
                        "chain",
                        chain.shown())));
    return answer.broken().isPresent();
  }

  private CompletableFuture<ChainedAnswer> dmarcAt(CheckContext context, String domain) {
    return chains.resolve(context, "_dmarc." + domain + ".", RecordType.TXT);
  }

  /**
   * The findings of the records found at {@code _dmarc.<foundAt>}; {@code ttl} of each read from
   * {@code found} (the answer holding them), and for DMARC_NONE from {@code own} (the asked name's
   * answer: "none" there is cached until the record is added).
   */
  private static void report(
      CheckContext context, List<String> records, String foundAt, DnsAnswer found, DnsAnswer own) {
    context.updateRecords(r -> new ReportRecords(r.ns(), r.mx(), r.spf(), records));
    boolean inherited = !foundAt.equals(context.domain().ascii());
    DmarcFindings.judge(records, foundAt, context.domain().unicode(), inherited)
        .forEach(
            f -> context.add(CacheTtl.of(f, f.code() == FindingCode.DMARC_NONE ? own : found)));
  }

  /** The registrable domain above {@code domain}, when it differs from it. */
  static Optional<String> organisationalDomain(String domain) {
    try {
      InternetDomainName name = InternetDomainName.from(domain);
      if (!name.isUnderPublicSuffix() || name.isTopPrivateDomain()) {
        return Optional.empty();
      }
      return Optional.of(name.topPrivateDomain().toString());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
