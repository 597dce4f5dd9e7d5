package dev.mxbot.checks;

import dev.mxbot.checks.mtasts.MtaStsPolicy;
import dev.mxbot.checks.mtasts.MtaStsProblem;
import dev.mxbot.checks.mtasts.MtaStsRecord;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * MTA-STS (RFC 8461): the {@code _mta-sts} TXT record, then, when there is one, the policy at
 * {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} ({@link PolicyFetcher}) and the MX hosts
 * against its {@code mx} patterns. Questions: {@code TXT _mta-sts.<domain>}, and only when it holds
 * a record, {@code A} and {@code AAAA} of {@code mta-sts.<domain>} (the MX answer is shared with
 * the MX check). The policy host is contacted at an address mxbot resolved, never a special-purpose
 * one unless {@code dns.allowPrivateAddresses}.
 *
 * <p>A report is evidence: a lookup that failed, or a fetch that got no answer by the deadline,
 * leaves the area unchecked; only a refused connection, a refused certificate, a wrong HTTP answer
 * or an unreadable policy is {@code MTA_STS_INVALID}. Skipped for a domain not known to exist, a
 * null MX and a domain without MX records (no MX host for a policy to cover).
 */
final class MtaStsCheck implements Check {

  private final Lookups lookups;
  private final MailFacts mail;
  private final DomainPresence presence;
  private final PolicyFetcher fetcher;

  MtaStsCheck(Lookups lookups, MailFacts mail, DomainPresence presence, PolicyFetcher fetcher) {
    this.lookups = lookups;
    this.mail = mail;
    this.presence = presence;
    this.fetcher = fetcher;
  }

  @Override
  public Area area() {
    return Area.MTA_STS;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context, context.domain().child("_mta-sts"), RecordType.TXT);
    return presence
        .known(context)
        .thenCombine(mail.mxAnswer(context.shared()), (exists, mx) -> exists && receives(mx))
        .thenCompose(
            relevant ->
                relevant
                    ? txt.thenCompose(answer -> judgeRecord(context, answer))
                    : CompletableFuture.completedFuture(null));
  }

  /**
   * False when the MX answer says the domain receives no mail over MX: a lone null MX (RFC 7505),
   * or no MX record at all (the MX check says so; a policy covers MX hosts). True when the MX
   * lookup failed: the TXT record is still read, and the policy's hosts marked unknown.
   */
  private static boolean receives(DnsAnswer mx) {
    if (mx.status() == DnsAnswer.Status.NODATA) {
      return false;
    }
    return !mx.isOk()
        || !MailFacts.entries(mx).stream()
            .allMatch(e -> e.host().equals(".") || e.host().isEmpty());
  }

  private CompletableFuture<?> judgeRecord(CheckContext context, DnsAnswer txt) {
    String domain = context.domain().unicode();
    if (txt.isUnanswered()) {
      return CompletableFuture.completedFuture(null); // Lookups marked the area
    }
    List<String> records = TxtRecords.withVersion(txt, "v=STSv1");
    if (records.isEmpty()) {
      context.add(Finding.of(FindingCode.MTA_STS_NONE, "domain", domain, "url", url(context)));
      return CompletableFuture.completedFuture(null);
    }
    if (records.size() > 1) {
      context.add(
          invalid(
              context,
              "txt_multiple",
              "count",
              Integer.toString(records.size()),
              "record",
              String.join(" | ", records)));
      return CompletableFuture.completedFuture(null);
    }
    MtaStsRecord record;
    try {
      record = MtaStsRecord.parse(records.get(0));
    } catch (MtaStsProblem problem) {
      context.add(invalid(context, "txt_syntax", "record", problem.value()));
      return CompletableFuture.completedFuture(null);
    }
    return fetchPolicy(context)
        .thenCombine(
            mail.mxAnswer(context.shared()),
            (outcome, mx) -> {
              judgePolicy(context, record, outcome, mx);
              return null;
            });
  }

  /** The policy host's addresses, then the fetch; {@code null} when the area is left unchecked. */
  private CompletableFuture<Object> fetchPolicy(CheckContext context) {
    CheckContext shared = context.shared();
    String host = context.domain().child("mta-sts");
    CompletableFuture<DnsAnswer> v4 = lookups.resolve(shared, host, RecordType.A);
    CompletableFuture<DnsAnswer> v6 = lookups.resolve(shared, host, RecordType.AAAA);
    return v4.thenCombine(v6, (a, aaaa) -> List.of(a, aaaa))
        .thenCompose(
            answers -> {
              List<InetAddress> all = new ArrayList<>();
              answers.forEach(answer -> all.addAll(addresses(answer)));
              boolean failed = answers.stream().anyMatch(DnsAnswer::isUnanswered);
              if (all.isEmpty()) {
                if (failed) {
                  context.markUnchecked();
                  return CompletableFuture.completedFuture(null);
                }
                return CompletableFuture.completedFuture(
                    new PolicyFetcher.Failed("no_address", Map.of()));
              }
              List<InetAddress> allowed = all.stream().filter(lookups::mayAsk).toList();
              if (allowed.isEmpty()) {
                return CompletableFuture.completedFuture(
                    new PolicyFetcher.Failed(
                        "private_address",
                        Map.of(
                            "addresses",
                            String.join(
                                ", ", all.stream().map(InetAddress::getHostAddress).toList()))));
              }
              String hostName = Hosts.relative(host);
              String label = "HTTPS " + hostName;
              context.noteAsking(label);
              return fetcher
                  .fetch(hostName, allowed, context.deadline())
                  .whenComplete((outcome, error) -> context.noteAnswered(label))
                  .thenApply(
                      outcome -> {
                        if (outcome instanceof PolicyFetcher.Unreachable) {
                          context.noteUnanswered(label + " (no answer)");
                          context.markUnchecked();
                          return null;
                        }
                        return outcome;
                      });
            });
  }

  private static List<InetAddress> addresses(DnsAnswer answer) {
    return answer.records().stream()
        .filter(r -> r.type() == RecordType.A || r.type() == RecordType.AAAA)
        .map(DnsRecord::data)
        .map(Hosts::address)
        .flatMap(Optional::stream)
        .toList();
  }

  private void judgePolicy(
      CheckContext context, MtaStsRecord record, Object outcome, DnsAnswer mxAnswer) {
    String domain = context.domain().unicode();
    String url = url(context);
    if (outcome == null) {
      return; // unchecked, already marked
    }
    if (outcome instanceof PolicyFetcher.Failed failed) {
      List<String> params = new ArrayList<>();
      failed.params().forEach((k, v) -> params.addAll(List.of(k, v)));
      context.add(invalid(context, failed.reason(), params.toArray(String[]::new)));
      return;
    }
    MtaStsPolicy policy;
    try {
      policy = MtaStsPolicy.parse(((PolicyFetcher.Body) outcome).text());
    } catch (MtaStsProblem problem) {
      context.add(
          invalid(
              context,
              problem.reason(),
              "value",
              problem.value(),
              "line",
              Integer.toString(problem.line())));
      return;
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("domain", domain);
    params.put("id", record.id());
    params.put("mode", policy.mode().id());
    params.put("maxAge", Long.toString(policy.maxAge()));
    params.put("patterns", policy.mx().isEmpty() ? "-" : String.join(", ", policy.mx()));
    params.put("url", url);
    if (mxAnswer.isUnanswered()) {
      context.markUnchecked(); // which MX hosts the policy must cover is unknown
    }
    List<String> hosts =
        mxAnswer.isOk()
            ? MailFacts.entries(mxAnswer).stream()
                .map(MxEntry::host)
                .filter(h -> !h.equals(".") && !h.isEmpty())
                .map(Hosts::relative)
                .distinct()
                .toList()
            : List.of();
    List<String> unmatched = hosts.stream().filter(h -> !policy.matches(h)).toList();
    params.put("mx", hosts.isEmpty() ? "-" : String.join(", ", hosts));
    switch (policy.mode()) {
      case ENFORCE -> {
        if (!unmatched.isEmpty()) {
          params.put("hosts", String.join(", ", unmatched));
          context.add(Finding.of(FindingCode.MTA_STS_MX_MISMATCH, flat(params)));
        } else if (!mxAnswer.isUnanswered()) {
          context.add(Finding.of(FindingCode.MTA_STS_VALID, flat(params)));
        }
      }
      case TESTING, NONE -> {
        params.put("effectKey", "reason.mtasts.mode_" + policy.mode().id());
        if (policy.mode() == MtaStsPolicy.Mode.TESTING && !unmatched.isEmpty()) {
          params.put("hosts", String.join(", ", unmatched));
          params.put("noteKey", "note.mtasts.testing_mismatch");
        }
        context.add(Finding.of(FindingCode.MTA_STS_TESTING, flat(params)));
      }
    }
  }

  private static String[] flat(Map<String, String> params) {
    List<String> flat = new ArrayList<>();
    params.forEach((k, v) -> flat.addAll(List.of(k, v)));
    return flat.toArray(String[]::new);
  }

  /** {@code https://mta-sts.<domain>/.well-known/mta-sts.txt}, in A-labels. */
  private static String url(CheckContext context) {
    return "https://" + Hosts.relative(context.domain().child("mta-sts")) + PolicyFetcher.PATH;
  }

  private static Finding invalid(CheckContext context, String reason, String... more) {
    List<String> params =
        new ArrayList<>(
            List.of(
                "domain",
                context.domain().unicode(),
                "url",
                url(context),
                "reasonKey",
                "reason.mtasts." + reason));
    params.addAll(List.of(more));
    return Finding.of(FindingCode.MTA_STS_INVALID, params.toArray(String[]::new));
  }
}
