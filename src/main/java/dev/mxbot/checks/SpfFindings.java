package dev.mxbot.checks;

import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a parsed SPF record and its evaluated tree into findings. A record may get several (SPF_PTR
 * and SPF_PERMISSIVE together); SPF_VALID only when there is no SPF error and every lookup was
 * answered (a lookup that timed out is reported by DNS_TIMEOUT, and nothing is claimed about it).
 * Pure.
 */
final class SpfFindings {

  private SpfFindings() {}

  /** The finding for a record that does not parse; {@code domain} is whose record it is. */
  static Finding syntax(String domain, SpfSyntaxError error) {
    return Finding.of(
        FindingCode.SPF_SYNTAX,
        "domain",
        domain,
        "term",
        error.term(),
        "position",
        String.valueOf(error.position()),
        "detail",
        error.expected(),
        "reason",
        error.reason().key());
  }

  static List<Finding> of(SpfRecord record, SpfEvaluation evaluation) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, SpfSyntaxError> bad : evaluation.malformed().entrySet()) {
      findings.add(syntax(bad.getKey(), bad.getValue()));
    }
    for (SpfStep missing : evaluation.missing()) {
      findings.add(
          Finding.of(
              FindingCode.SPF_INCLUDE_NOT_FOUND,
              "include",
              missing.target(),
              "count",
              String.valueOf(missing.count())));
    }
    for (String chain : evaluation.loops()) {
      findings.add(Finding.of(FindingCode.SPF_LOOP, "chain", chain));
    }
    limits(evaluation, findings);
    record.evaluated("ptr").stream()
        .findFirst()
        .ifPresent(ptr -> findings.add(Finding.of(FindingCode.SPF_PTR, "term", ptr.text())));
    permissiveAll(record)
        .ifPresent(all -> findings.add(Finding.of(FindingCode.SPF_PERMISSIVE, "all", all)));
    ignoredRedirect(record).ifPresent(findings::add);
    boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    if (!error && evaluation.complete()) {
      findings.add(
          Finding.of(
              FindingCode.SPF_VALID,
              "record",
              record.text(),
              "lookups",
              String.valueOf(evaluation.lookups())));
    }
    return findings;
  }

  private static void limits(SpfEvaluation evaluation, List<Finding> findings) {
    if (evaluation.lookups() > SpfEvaluation.MAX_LOOKUPS) {
      findings.add(
          Finding.of(
              FindingCode.SPF_TOO_MANY_LOOKUPS,
              "count",
              evaluation.lookups() + (evaluation.truncated() ? "+" : ""),
              "heaviest",
              evaluation.heaviest().map(SpfStep::term).orElse(""),
              "heaviestCount",
              String.valueOf(evaluation.heaviestCount())));
    } else if (!evaluation.crowdedMx().isEmpty()) {
      SpfStep mx = evaluation.crowdedMx().get(0);
      findings.add(
          Finding.of(
              FindingCode.SPF_TOO_MANY_LOOKUPS,
              "count",
              String.valueOf(mx.count()),
              "heaviest",
              mx.term() + (mx.term().contains(":") ? "" : ":" + mx.target()),
              "heaviestCount",
              String.valueOf(mx.count())));
    }
    if (evaluation.voidLookups() > SpfEvaluation.MAX_VOID_LOOKUPS) {
      findings.add(
          Finding.of(
              FindingCode.SPF_TOO_MANY_VOID_LOOKUPS,
              "count",
              String.valueOf(evaluation.voidLookups()),
              "names",
              String.join(", ", evaluation.voidNames())));
    }
  }

  /**
   * SPF_REDIRECT_IGNORED when the record has both an {@code all} mechanism and {@code redirect=}:
   * receivers then ignore the redirect (RFC 7208 §6.1), so what its target authorises is not.
   */
  static Optional<Finding> ignoredRedirect(SpfRecord record) {
    Optional<SpfTerm.Mechanism> all = record.all();
    Optional<SpfTerm.Modifier> redirect = record.modifier("redirect");
    if (all.isEmpty() || redirect.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            FindingCode.SPF_REDIRECT_IGNORED,
            "all",
            all.get().text(),
            "redirect",
            redirect.get().text(),
            "target",
            redirect.get().value()));
  }

  /**
   * The permissive ending of a record: {@code +all} or {@code ?all} as written, or {@code ?all}
   * (the default result) when it has neither {@code all} nor {@code redirect}.
   */
  static Optional<String> permissiveAll(SpfRecord record) {
    Optional<SpfTerm.Mechanism> all = record.all();
    if (all.isEmpty()) {
      return record.modifier("redirect").isPresent() ? Optional.empty() : Optional.of("?all");
    }
    char q = all.get().qualifier();
    return q == '+' || q == '?' ? Optional.of(all.get().text()) : Optional.empty();
  }
}
