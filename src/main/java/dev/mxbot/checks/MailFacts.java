package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The domain's MX answer and what it says about the mail provider, computed once per report and
 * shared by the MX, SPF and autoconfiguration checks.
 */
final class MailFacts {

  private static final Object KEY = new Object();

  private final Lookups lookups;
  private final MxClassifier classifier;

  @Inject
  MailFacts(Lookups lookups, MxClassifier classifier) {
    this.lookups = lookups;
    this.classifier = classifier;
  }

  /** The MX answer of the domain itself. */
  CompletableFuture<DnsAnswer> mxAnswer(CheckContext context) {
    return lookups.resolve(context, context.domain().fqdn(), RecordType.MX);
  }

  /**
   * The mail set-up of the domain, read from its MX records; when the MX lookup failed, the asking
   * check's area is unchecked.
   */
  CompletableFuture<MailSetup> setup(CheckContext context) {
    CheckContext shared = context.shared();
    CompletableFuture<MailSetup> setup =
        context.memo(
            KEY, () -> mxAnswer(shared).thenApply(a -> classify(a, context.domain().fqdn())));
    return mxAnswer(shared)
        .thenCombine(
            setup,
            (answer, found) -> {
              if (answer.isUnanswered()) {
                context.markUnchecked();
              }
              return found;
            });
  }

  private MailSetup classify(DnsAnswer answer, String domainFqdn) {
    return switch (answer.status()) {
      case OK -> classifier.classify(entries(answer), domainFqdn);
      case NODATA -> MailSetup.of(MailSetup.Kind.NO_MX, List.of());
      default -> MailSetup.of(MailSetup.Kind.UNANSWERED, List.of());
    };
  }

  /** The MX records of an answer, by preference then host. */
  static List<MxEntry> entries(DnsAnswer answer) {
    return answer.records().stream()
        .map(DnsRecord::asMx)
        .map(mx -> new MxEntry(mx.preference(), mx.host()))
        .sorted(Comparator.comparingInt(MxEntry::preference).thenComparing(MxEntry::host))
        .toList();
  }
}
