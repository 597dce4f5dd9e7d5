package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfParsed;
import dev.mxbot.checks.spf.SpfParser;
import dev.mxbot.checks.spf.SpfRecord;
import dev.mxbot.checks.spf.SpfSyntaxError;
import dev.mxbot.checks.spf.SpfTerm;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * The domain's SPF record (RFC 7208): present, unique, well formed, within the lookup limits once
 * its includes are followed, strict enough, and authorising the mail provider the MX points to. The
 * record receivers see is the resolver's; the provider's include is advice for the customer's edit,
 * read from the nameservers' MX and SPF while a change of them is spreading ({@link
 * ChangeInProgress}). A failed MX lookup leaves the MX area unchecked, not this one: the include
 * advice then does not apply (no provider is recognised), and the record itself was checked.
 */
final class SpfCheck implements Check {

  /** A TXT text that was meant as SPF but does not start with {@code v=spf1}: quoted, misplaced. */
  private static final Pattern NEAR_MISS = Pattern.compile("(?i)(^|[\\s\"'])v=spf");

  private final Lookups lookups;
  private final ChangeInProgress change;
  private final SpfEvaluator evaluator;

  SpfCheck(Lookups lookups, ChangeInProgress change, SpfEvaluator evaluator) {
    this.lookups = lookups;
    this.change = change;
    this.evaluator = evaluator;
  }

  @Override
  public Area area() {
    return Area.SPF;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context, context.domain().fqdn(), RecordType.TXT);
    return txt.thenCompose(answer -> report(context, answer));
  }

  private CompletableFuture<?> report(CheckContext context, DnsAnswer answer) {
    if (answer.status() == DnsAnswer.Status.NXDOMAIN) {
      context.updateRecords(r -> new ReportRecords(r.ns(), r.mx(), List.of(), r.dmarc()));
    }
    if (answer.isUnanswered() || answer.status() == DnsAnswer.Status.NXDOMAIN) {
      return CompletableFuture.completedFuture(null);
    }
    List<String> spf = TxtRecords.withVersion(answer, SpfParser.VERSION);
    List<String> shown = spf.isEmpty() ? nearMisses(answer) : spf;
    context.updateRecords(r -> new ReportRecords(r.ns(), r.mx(), shown, r.dmarc()));
    String domain = context.domain().unicode();
    if (shown.isEmpty()) {
      return change
          .basis(context.shared())
          .thenCompose(
              basis -> {
                Finding none =
                    Finding.of(
                        FindingCode.SPF_NONE,
                        "domain",
                        domain,
                        "suggested",
                        suggestion(basis.mail()));
                context.add(CacheTtl.of(basis.noted(none, "MX"), answer));
                return spreading(context, basis, answer);
              });
    }
    if (shown.size() > 1) {
      context.add(
          CacheTtl.of(
              Finding.of(
                  FindingCode.SPF_MULTIPLE,
                  "count",
                  String.valueOf(shown.size()),
                  "records",
                  String.join(" | ", shown)),
              answer));
      // No include advice on this record: the MX matters only if a new record is spreading.
      return change.basis(context.shared()).thenCompose(basis -> spreading(context, basis, answer));
    }
    SpfParsed parsed = SpfRecord.parse(shown.get(0));
    if (parsed instanceof SpfSyntaxError error) {
      context.add(CacheTtl.of(SpfFindings.syntax(domain, error), answer));
      return change.basis(context.shared()).thenCompose(basis -> spreading(context, basis, answer));
    }
    SpfRecord record = (SpfRecord) parsed;
    return evaluate(context, record)
        .thenCompose(
            evaluation -> {
              SpfFindings.of(record, evaluation).forEach(f -> context.add(CacheTtl.of(f, answer)));
              return change
                  .basis(context.shared())
                  .thenCompose(
                      basis -> {
                        if (basis.spf().isPresent()) {
                          return spreading(context, basis, answer);
                        }
                        checkProvider(context, basis, record, evaluation, answer);
                        return CompletableFuture.completedFuture(null);
                      });
            });
  }

  private CompletableFuture<SpfEvaluation> evaluate(CheckContext context, SpfRecord record) {
    String own = SpfTerm.normalise(context.domain().fqdn());
    return evaluator.evaluate(context, own, record).thenApply(SpfEvaluation::of);
  }

  /**
   * While an SPF change is spreading, the provider's include is checked in the record the
   * nameservers serve, the one the customer edits: when it is a single well-formed record.
   */
  private CompletableFuture<?> spreading(
      CheckContext context, AdviceBasis basis, DnsAnswer answer) {
    List<String> served = basis.spf().orElse(List.of());
    if (served.size() != 1 || !(SpfRecord.parse(served.get(0)) instanceof SpfRecord record)) {
      return CompletableFuture.completedFuture(null);
    }
    if (basis.mail().kind() == MailSetup.Kind.UNANSWERED) {
      context.markUnchecked(); // the provider to expect is unknown
    }
    return evaluate(context, record)
        .thenAccept(evaluation -> checkProvider(context, basis, record, evaluation, answer));
  }

  /** The provider's include counts wherever it appears in the tree (the customer's own include). */
  private static void checkProvider(
      CheckContext context,
      AdviceBasis basis,
      SpfRecord record,
      SpfEvaluation evaluation,
      DnsAnswer answer) {
    MailSetup setup = basis.mail();
    if (!setup.hasMailbox() || setup.provider().get().spfIncludes().isEmpty()) {
      return;
    }
    List<String> expected = setup.provider().get().spfIncludes();
    boolean found =
        expected.stream().map(SpfTerm::normalise).anyMatch(evaluation.followed()::contains);
    if (!found && evaluation.complete()) {
      Finding missing =
          Finding.of(
              FindingCode.SPF_MISSING_PROVIDER_INCLUDE,
              "provider",
              setup.provider().get().name(),
              "include",
              "include:" + expected.get(0),
              "record",
              record.text(),
              "suggested",
              withTerm(record.text(), "include:" + expected.get(0)));
      context.add(CacheTtl.of(basis.noted(missing, "MX", "SPF"), answer));
    }
  }

  /**
   * {@code record} with {@code term} added where it takes effect: before the {@code all} mechanism
   * or the {@code redirect=} modifier (which end the evaluation), else at the end. The other terms
   * stay as written.
   */
  static String withTerm(String record, String term) {
    List<String> words = new ArrayList<>(List.of(record.strip().split("\\s+")));
    int at = words.size();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i).toLowerCase(Locale.ROOT);
      if (word.matches("[-+~?]?all") || word.startsWith("redirect=")) {
        at = i;
        break;
      }
    }
    words.add(at, term);
    return String.join(" ", words);
  }

  /** TXT texts meant as SPF that receivers do not recognise: quoted, or with the version later. */
  private static List<String> nearMisses(DnsAnswer answer) {
    return answer.records().stream()
        .map(DnsRecord::data)
        .map(String::strip)
        .filter(text -> NEAR_MISS.matcher(text).find())
        .toList();
  }

  private static String suggestion(MailSetup setup) {
    if (setup.kind() == MailSetup.Kind.NULL_MX) {
      return "v=spf1 -all";
    }
    return setup
        .provider()
        .filter(p -> !p.spfIncludes().isEmpty())
        .map(p -> "v=spf1 include:" + p.spfIncludes().get(0) + " ~all")
        .orElse("v=spf1 mx ~all");
  }
}
