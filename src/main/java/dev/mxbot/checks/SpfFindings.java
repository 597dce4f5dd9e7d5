package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfRecord;
import dev.mxbot.checks.spf.SpfSyntaxError;
import dev.mxbot.checks.spf.SpfTerm;
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
      findings.add(includeNotFound(missing));
    }
    for (String chain : evaluation.loops()) {
      findings.add(Finding.of(FindingCode.SPF_LOOP, "chain", chain));
    }
    limits(evaluation, findings);
    record.evaluated("ptr").stream()
        .findFirst()
        .ifPresent(ptr -> findings.add(Finding.of(FindingCode.SPF_PTR, "term", ptr.text())));
    permissive(record).ifPresent(findings::add);
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

  /**
   * SPF_INCLUDE_NOT_FOUND for an include/redirect target without exactly one SPF record, or whose
   * CNAME chain loops or is too long (named in {@code chain}); {@code reasonKey} says which.
   */
  private static Finding includeNotFound(SpfStep missing) {
    if (missing.chain().isPresent()) {
      AliasChain chain = missing.chain().get();
      return Finding.of(
          FindingCode.SPF_INCLUDE_NOT_FOUND,
          "include",
          missing.target(),
          "count",
          "0",
          "reasonKey",
          "reason.spf.include_" + chain.reason(),
          "chain",
          chain.shown());
    }
    return Finding.of(
        FindingCode.SPF_INCLUDE_NOT_FOUND,
        "include",
        missing.target(),
        "count",
        String.valueOf(missing.count()),
        "reasonKey",
        "reason.spf.include_records");
  }

  /**
   * SPF_TOO_MANY_LOOKUPS with the count when the whole tree was read, else "more than 10" (the
   * evaluation stopped at the limit, so the rest was never counted); SPF_MX_TOO_MANY_NAMES per
   * {@code mx} target with more than 10 MX names; SPF_TOO_MANY_VOID_LOOKUPS.
   */
  private static void limits(SpfEvaluation evaluation, List<Finding> findings) {
    if (evaluation.lookups() > SpfEvaluation.MAX_LOOKUPS) {
      boolean counted = !evaluation.truncated();
      findings.add(
          Finding.of(
              FindingCode.SPF_TOO_MANY_LOOKUPS,
              "count",
              counted ? String.valueOf(evaluation.lookups()) : ">" + SpfEvaluation.MAX_LOOKUPS,
              "lookupsKey",
              counted ? "reason.spf.lookups_counted" : "reason.spf.lookups_over",
              "heaviest",
              evaluation.heaviest().map(SpfStep::term).orElse(""),
              "heaviestCount",
              String.valueOf(evaluation.heaviestCount())));
    }
    for (SpfStep mx : evaluation.crowdedMx()) {
      findings.add(
          Finding.of(
              FindingCode.SPF_MX_TOO_MANY_NAMES,
              "domain",
              mx.target(),
              "count",
              String.valueOf(mx.count()),
              "term",
              mx.term()));
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
   * SPF_PERMISSIVE for the case found: {@code +all} (or a bare {@code all}), {@code ?all}, or
   * neither {@code all} nor {@code redirect} (the default result, neutral as with {@code ?all}).
   */
  static Optional<Finding> permissive(SpfRecord record) {
    Optional<SpfTerm.Mechanism> all = record.all();
    if (all.isEmpty()) {
      return record.modifier("redirect").isPresent()
          ? Optional.empty()
          : Optional.of(permissive("?all", "no_all"));
    }
    return switch (all.get().qualifier()) {
      case '+' -> Optional.of(permissive(all.get().text(), "plus_all"));
      case '?' -> Optional.of(permissive(all.get().text(), "neutral_all"));
      default -> Optional.empty();
    };
  }

  /** The ending as written (or {@code ?all}) and the message key explaining the case. */
  private static Finding permissive(String all, String reason) {
    return Finding.of(FindingCode.SPF_PERMISSIVE, "all", all, "endingKey", "reason.spf." + reason);
  }
}
