package dev.mxbot.checks;

import dev.mxbot.checks.policy.RecordProblem;
import dev.mxbot.checks.policy.TlsRptRecord;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The TLS reporting record at {@code _smtp._tls.<domain>} (RFC 8460): where senders send daily
 * reports of failed TLS connections to the domain's MX, the only way to learn that MTA-STS or DANE
 * makes mail bounce. One TXT question (the MX answer is the report's own). No record is said only
 * for a domain with a real MX host.
 */
final class TlsRptCheck implements Check {

  private final Lookups lookups;
  private final DomainPresence presence;
  private final MailFacts mail;

  TlsRptCheck(Lookups lookups, DomainPresence presence, MailFacts mail) {
    this.lookups = lookups;
    this.presence = presence;
    this.mail = mail;
  }

  @Override
  public Area area() {
    return Area.TLS_RPT;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String name = "_smtp._tls." + context.domain().ascii() + ".";
    CompletableFuture<DnsAnswer> answer = lookups.resolve(context, name, RecordType.TXT);
    CompletableFuture<DnsAnswer> mx = mail.mxAnswer(context.shared());
    // The same question as the MTA-STS check's: asked once per report.
    CompletableFuture<DnsAnswer> mtaSts =
        lookups.resolve(context, context.domain().child("_mta-sts"), RecordType.TXT);
    CompletableFuture<Boolean> known = presence.known(context);
    return mtaSts
        .thenCompose(ignored -> known)
        .thenCombine(answer, (exists, txt) -> exists && !txt.isUnanswered() ? txt : null)
        .thenCombine(mx, Pending::new)
        .thenCompose(
            pending -> {
              if (pending.txt() == null) {
                return CompletableFuture.completedFuture(null);
              }
              List<String> texts = texts(pending.txt());
              if (!texts.isEmpty()) {
                context.add(judge(texts, context.domain().unicode()));
                return CompletableFuture.completedFuture(null);
              }
              if (!receivesMail(pending.mx())) {
                return CompletableFuture.completedFuture(null);
              }
              if (usesMtaSts(mtaSts.getNow(null))) {
                context.add(judge(texts, context.domain().unicode()));
                return CompletableFuture.completedFuture(null);
              }
              return usesDane(context, pending.mx())
                  .thenAccept(
                      dane -> {
                        if (dane) {
                          context.add(judge(texts, context.domain().unicode()));
                        }
                      });
            });
  }

  /** The TLS-RPT answer (null: not to be judged) and the MX answer, once both are in. */
  private record Pending(DnsAnswer txt, DnsAnswer mx) {}

  /**
   * True when an MX host has DANE in force (secure, usable TLSA records): the TLSA questions are
   * the DANE check's own, asked once per report, through the shared view: a TLSA lookup that failed
   * leaves the DANE area unchecked (the DANE check marks it), not this one, whose own record was
   * read; it counts as no DANE here, so the worst it costs is an advice not given.
   */
  private CompletableFuture<Boolean> usesDane(CheckContext context, DnsAnswer mx) {
    List<CompletableFuture<DnsAnswer>> tlsa =
        DaneCheck.hosts(mx).stream()
            .map(host -> DaneCheck.tlsa(lookups, context.shared(), host))
            .toList();
    return CompletableFuture.allOf(tlsa.toArray(CompletableFuture[]::new))
        .thenApply(
            done -> tlsa.stream().anyMatch(t -> !DaneCheck.secureUsable(mx, t.join()).isEmpty()));
  }

  /**
   * True when the domain publishes an MTA-STS record: TLS reports are what tells its owner that
   * senders fail to deliver under the policy, so their absence is worth saying then, as it is when
   * an MX host has DANE in force ({@link #usesDane}); without either, "no TLS reporting" on every
   * report would be noise.
   */
  private static boolean usesMtaSts(DnsAnswer txt) {
    return txt != null
        && txt.isOk()
        && txt.records().stream()
            .filter(r -> r.type() == RecordType.TXT)
            .anyMatch(r -> r.data().strip().startsWith("v=STSv1"));
  }

  /**
   * True when the domain names at least one real MX host: without one (no MX, a null MX, an MX
   * lookup that failed) there is no TLS connection to report on, and "no record" would be noise.
   */
  private static boolean receivesMail(DnsAnswer mx) {
    return mx.isOk()
        && MailFacts.entries(mx).stream()
            .anyMatch(e -> !e.host().isEmpty() && !e.host().equals("."));
  }

  private static List<String> texts(DnsAnswer answer) {
    return answer.records().stream()
        .filter(r -> r.type() == RecordType.TXT)
        .map(DnsRecord::data)
        .filter(TlsRptRecord::isMeant)
        .map(String::strip)
        .toList();
  }

  /** The one finding for the TLS-RPT texts found (pure). */
  static Finding judge(List<String> texts, String domain) {
    if (texts.isEmpty()) {
      return Finding.of(FindingCode.TLSRPT_NONE, "domain", domain);
    }
    List<String> valid = texts.stream().filter(TlsRptRecord::startsWithVersion).toList();
    if (valid.size() > 1) {
      return invalid(
          domain, String.join(" | ", valid), new RecordProblem("several", "" + valid.size()));
    }
    String record = valid.isEmpty() ? texts.get(0) : valid.get(0);
    Optional<RecordProblem> problem = TlsRptRecord.problem(record);
    if (problem.isPresent()) {
      return invalid(domain, record, problem.get());
    }
    return Finding.of(FindingCode.TLSRPT_VALID, "domain", domain, "record", record);
  }

  private static Finding invalid(String domain, String record, RecordProblem problem) {
    return Finding.of(
        FindingCode.TLSRPT_INVALID,
        "domain",
        domain,
        "record",
        record,
        "reasonKey",
        "reason.tlsrpt." + problem.reason(),
        "detail",
        problem.detail());
  }
}
