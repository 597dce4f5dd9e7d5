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
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The TLS reporting record at {@code _smtp._tls.<domain>} (RFC 8460): where senders send daily
 * reports of failed TLS connections to the domain's MX, the only way to learn that MTA-STS or DANE
 * makes mail bounce. One TXT question.
 */
final class TlsRptCheck implements Check {

  private final Lookups lookups;
  private final DomainPresence presence;

  @Inject
  TlsRptCheck(Lookups lookups, DomainPresence presence) {
    this.lookups = lookups;
    this.presence = presence;
  }

  @Override
  public Area area() {
    return Area.TLS_RPT;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String name = "_smtp._tls." + context.domain().ascii() + ".";
    CompletableFuture<DnsAnswer> answer = lookups.resolve(context, name, RecordType.TXT);
    return presence
        .known(context)
        .thenCombine(
            answer,
            (exists, txt) -> {
              if (exists && !txt.isUnanswered()) {
                context.add(judge(texts(txt), context.domain().unicode()));
              }
              return null;
            });
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
