package dev.mxbot.checks;

import com.google.common.net.InternetDomainName;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The DMARC record at {@code _dmarc.<domain>}, or at the organisational domain when the domain has
 * none (RFC 7489 §6.6.3): present, unique, and what policy it asks receivers to apply.
 */
final class DmarcCheck implements Check {

  private final Lookups lookups;
  private final DomainPresence presence;

  @Inject
  DmarcCheck(Lookups lookups, DomainPresence presence) {
    this.lookups = lookups;
    this.presence = presence;
  }

  @Override
  public Area area() {
    return Area.DMARC;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String domain = context.domain().ascii();
    CompletableFuture<DnsAnswer> own = dmarcAt(context, domain);
    return presence
        .known(context)
        .thenCombine(own, (exists, answer) -> exists ? answer : null)
        .thenCompose(
            answer -> {
              if (answer == null || answer.isUnanswered()) {
                return CompletableFuture.completedFuture(null);
              }
              List<String> records = DmarcFindings.dmarcTexts(answer);
              Optional<String> organisational = organisationalDomain(domain);
              if (records.isEmpty() && organisational.isPresent()) {
                return dmarcAt(context, organisational.get())
                    .thenAccept(parent -> reportInherited(context, parent, organisational.get()));
              }
              report(context, records, domain);
              return CompletableFuture.completedFuture(null);
            });
  }

  private static void reportInherited(CheckContext context, DnsAnswer parent, String at) {
    if (!parent.isUnanswered()) {
      report(context, DmarcFindings.dmarcTexts(parent), at);
    }
  }

  private CompletableFuture<DnsAnswer> dmarcAt(CheckContext context, String domain) {
    return lookups.resolve(context, "_dmarc." + domain + ".", RecordType.TXT);
  }

  private static void report(CheckContext context, List<String> records, String foundAt) {
    context.updateRecords(r -> new ReportRecords(r.ns(), r.mx(), r.spf(), records));
    boolean inherited = !foundAt.equals(context.domain().ascii());
    DmarcFindings.judge(records, foundAt, context.domain().unicode(), inherited)
        .forEach(context::add);
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
