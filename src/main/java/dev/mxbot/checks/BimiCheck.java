package dev.mxbot.checks;

import dev.mxbot.checks.DmarcFacts.DmarcInForce;
import dev.mxbot.checks.dmarc.DmarcPolicy;
import dev.mxbot.checks.policy.BimiRecord;
import dev.mxbot.checks.policy.RecordProblem;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The BIMI record at {@code default._bimi.<domain>}: the brand logo mailbox providers show next to
 * the domain's mail. A logo is only shown when DMARC is enforced ({@code quarantine} or {@code
 * reject} at 100 %), so the DMARC record in force ({@link DmarcFacts}, no new question) is read
 * too. No record: no finding, BIMI is optional and most domains have none. One TXT question; the
 * logo and certificate URLs are never fetched.
 */
final class BimiCheck implements Check {

  private final Lookups lookups;
  private final DomainPresence presence;
  private final DmarcFacts dmarc;

  BimiCheck(Lookups lookups, DomainPresence presence, DmarcFacts dmarc) {
    this.lookups = lookups;
    this.presence = presence;
    this.dmarc = dmarc;
  }

  @Override
  public Area area() {
    return Area.BIMI;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String name = "default._bimi." + context.domain().ascii() + ".";
    CompletableFuture<DnsAnswer> answer = lookups.resolve(context, name, RecordType.TXT);
    return presence
        .known(context)
        .thenCombine(answer, (exists, txt) -> exists && !txt.isUnanswered() ? texts(txt) : null)
        .thenCompose(
            texts -> {
              if (texts == null || texts.isEmpty()) {
                return CompletableFuture.completedFuture(null);
              }
              return dmarc
                  .inForce(context)
                  .thenAccept(
                      policy ->
                          judge(texts, context.domain().unicode(), policy).forEach(context::add));
            });
  }

  private static List<String> texts(DnsAnswer answer) {
    return answer.records().stream()
        .filter(r -> r.type() == RecordType.TXT)
        .map(DnsRecord::data)
        .filter(BimiRecord::isMeant)
        .map(String::strip)
        .toList();
  }

  /**
   * The finding for the BIMI texts found (not empty), given the DMARC record in force; none when
   * the DMARC lookup failed for a record that needs it (the area is then unchecked).
   */
  static List<Finding> judge(List<String> texts, String domain, DmarcInForce dmarc) {
    List<String> valid = texts.stream().filter(BimiRecord::startsWithVersion).toList();
    if (valid.size() > 1) {
      return List.of(
          invalid(
              domain, String.join(" | ", valid), new RecordProblem("several", "" + valid.size())));
    }
    String record = valid.isEmpty() ? texts.get(0) : valid.get(0);
    Optional<RecordProblem> problem = BimiRecord.problem(record);
    if (problem.isPresent()) {
      return List.of(invalid(domain, record, problem.get()));
    }
    BimiRecord bimi = BimiRecord.read(record);
    if (bimi.declines()) {
      return List.of(
          Finding.of(
              FindingCode.BIMI_VALID,
              "domain",
              domain,
              "record",
              record,
              "meaningKey",
              "bimi.meaning.declined"));
    }
    if (dmarc.unanswered()) {
      return List.of();
    }
    List<String> weak = new ArrayList<>();
    if (dmarc.record().isEmpty()) {
      weak.addAll(List.of("reasonKey", "reason.bimi.no_dmarc"));
    } else {
      DmarcPolicy policy = DmarcPolicy.of(dmarc.record().get(), dmarc.inherited());
      boolean enforced =
          (policy.effective().equals("quarantine") || policy.effective().equals("reject"))
              && policy.pct() == 100;
      if (!enforced) {
        weak.addAll(
            List.of(
                "reasonKey",
                "reason.bimi.weak_policy",
                "policy",
                policy.effective().isEmpty() ? "-" : policy.effective(),
                "pct",
                String.valueOf(policy.pct()),
                "at",
                dmarc.foundAt()));
      }
    }
    if (!weak.isEmpty()) {
      weak.addAll(0, List.of("domain", domain, "record", record));
      return List.of(Finding.of(FindingCode.BIMI_POLICY_TOO_WEAK, weak.toArray(String[]::new)));
    }
    return List.of(
        Finding.of(
            FindingCode.BIMI_VALID,
            "domain",
            domain,
            "record",
            record,
            "meaningKey",
            "bimi.meaning.logo"));
  }

  private static Finding invalid(String domain, String record, RecordProblem problem) {
    return Finding.of(
        FindingCode.BIMI_INVALID,
        "domain",
        domain,
        "record",
        record,
        "reasonKey",
        "reason.bimi." + problem.reason(),
        "detail",
        problem.detail());
  }
}
