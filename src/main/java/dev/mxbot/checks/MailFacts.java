package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import dev.mxbot.providers.MxSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The domain's MX answer and what it says about the mail provider, computed once per report and
 * shared by the MX, SPF, DKIM and autoconfiguration checks (whose advice may follow the
 * nameservers' MX instead while a change is spreading: {@link ChangeInProgress}).
 */
final class MailFacts {

  private static final Object KEY = new Object();

  private final Lookups lookups;
  private final MxClassifier classifier;

  MailFacts(Lookups lookups, MxClassifier classifier) {
    this.lookups = lookups;
    this.classifier = classifier;
  }

  /** The MX answer of the domain itself. */
  CompletableFuture<DnsAnswer> mxAnswer(CheckContext context) {
    return lookups.resolve(context, context.domain().fqdn(), RecordType.MX);
  }

  /**
   * The mail set-up of the domain, read from its MX records. A target the catalog does not know is
   * followed through its CNAME chain (the same A and AAAA questions {@link MxTargetsCheck} asks):
   * an alias of a provider's server is that provider's. When the MX lookup failed, the asking
   * check's area is unchecked.
   */
  CompletableFuture<MailSetup> setup(CheckContext context) {
    CheckContext shared = context.shared();
    CompletableFuture<MailSetup> setup =
        context.memo(KEY, () -> mxAnswer(shared).thenCompose(answer -> classify(shared, answer)));
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

  private CompletableFuture<MailSetup> classify(CheckContext context, DnsAnswer answer) {
    return switch (answer.status()) {
      case OK -> classify(context, entries(answer));
      case NODATA ->
          CompletableFuture.completedFuture(MailSetup.of(MailSetup.Kind.NO_MX, List.of()));
      default ->
          CompletableFuture.completedFuture(MailSetup.of(MailSetup.Kind.UNANSWERED, List.of()));
    };
  }

  /**
   * The mail set-up {@code mx} gives (the records of another answer than the resolver's, e.g. the
   * nameservers'), read as {@link #setup} reads the resolver's. Marks no area.
   */
  CompletableFuture<MailSetup> setupOf(CheckContext context, List<MxEntry> mx) {
    return mx.isEmpty()
        ? CompletableFuture.completedFuture(MailSetup.of(MailSetup.Kind.NO_MX, List.of()))
        : classify(context.shared(), mx);
  }

  private CompletableFuture<MailSetup> classify(CheckContext context, List<MxEntry> mx) {
    String domain = context.domain().fqdn();
    Map<String, CompletableFuture<Optional<String>>> followed = new LinkedHashMap<>();
    for (String host : classifier.unrecognisedTargets(mx, domain)) {
      CompletableFuture<DnsAnswer> v4 = lookups.resolve(context, host, RecordType.A);
      CompletableFuture<DnsAnswer> v6 = lookups.resolve(context, host, RecordType.AAAA);
      followed.put(host, v4.thenCombine(v6, MxTargetsCheck::aliasTarget));
    }
    return CompletableFuture.allOf(followed.values().toArray(CompletableFuture[]::new))
        .thenApply(
            done -> {
              Map<String, String> aliases = new HashMap<>();
              followed.forEach(
                  (host, target) -> target.join().ifPresent(t -> aliases.put(host, t)));
              return classifier.classify(mx, domain, aliases);
            });
  }

  /** The MX records of an answer, by preference then host. */
  static List<MxEntry> entries(DnsAnswer answer) {
    return answer.records().stream()
        .map(DnsRecord::asMx)
        .map(mx -> new MxEntry(mx.preference(), mx.host()))
        .sorted(MxSet::byPreferenceThenHost)
        .toList();
  }
}
