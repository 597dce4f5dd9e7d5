package dev.mxbot.checks;

import dev.mxbot.checks.dmarc.DmarcPolicy;
import dev.mxbot.checks.dmarc.DmarcProblem;
import dev.mxbot.checks.dmarc.DmarcRecord;
import dev.mxbot.checks.dmarc.DmarcSyntax;
import dev.mxbot.checks.dmarc.DmarcTypos;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the TXT records found at a {@code _dmarc} name into the one DMARC finding of the report.
 * Pure functions, no DNS.
 */
final class DmarcFindings {

  private DmarcFindings() {}

  /**
   * The TXT texts of {@code answer} meant as DMARC: starting with {@code v=DMARC1}, or holding that
   * tag elsewhere (a misplaced version is reported, not silently ignored).
   */
  static List<String> dmarcTexts(DnsAnswer answer) {
    return answer.records().stream()
        .map(DnsRecord::data)
        .map(String::strip)
        .filter(text -> DmarcRecord.read(text).isDmarc())
        .toList();
  }

  /**
   * The findings for {@code texts} (from {@link #dmarcTexts}) found at {@code _dmarc.<foundAt>}:
   * one for the record, then DMARC_TAG_TYPO for each likely misspelt tag of a valid record.
   *
   * @param domain the asked domain, as shown to the agent
   * @param inherited true when {@code foundAt} is the organisational domain, not the asked one
   */
  static List<Finding> judge(List<String> texts, String foundAt, String domain, boolean inherited) {
    if (texts.isEmpty()) {
      return List.of(Finding.of(FindingCode.DMARC_NONE, "domain", domain));
    }
    List<DmarcRecord> valid =
        texts.stream().map(DmarcRecord::read).filter(DmarcRecord::startsWithVersion).toList();
    if (valid.size() > 1) {
      return List.of(
          Finding.of(
              FindingCode.DMARC_MULTIPLE,
              "count",
              String.valueOf(valid.size()),
              "records",
              String.join(" | ", valid.stream().map(DmarcRecord::text).toList())));
    }
    DmarcRecord record = valid.isEmpty() ? DmarcRecord.read(texts.get(0)) : valid.get(0);
    Optional<DmarcProblem> problem = DmarcSyntax.problem(record);
    if (problem.isPresent()) {
      return List.of(
          Finding.of(
              FindingCode.DMARC_SYNTAX,
              "tag",
              problem.get().tag(),
              "value",
              problem.get().value(),
              "expected",
              problem.get().expected(),
              "record",
              record.text()));
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(policy(record, foundAt, inherited));
    findings.addAll(typos(record));
    return findings;
  }

  /** DMARC_POLICY_NONE or DMARC_VALID for a valid record. */
  private static Finding policy(DmarcRecord record, String foundAt, boolean inherited) {
    DmarcPolicy policy = DmarcPolicy.of(record, inherited);
    if (policy.effective().equals("none")) {
      return Finding.of(FindingCode.DMARC_POLICY_NONE, "record", record.text(), "at", foundAt);
    }
    return Finding.of(
        FindingCode.DMARC_VALID,
        "record",
        record.text(),
        "policy",
        policy.effective(),
        "pct",
        String.valueOf(policy.pct()),
        "at",
        foundAt);
  }

  /**
   * DMARC_TAG_TYPO for each unknown tag of a valid record that is one slip from a known one ({@link
   * DmarcTypos}).
   */
  private static List<Finding> typos(DmarcRecord record) {
    return DmarcTypos.of(record).stream()
        .map(
            t ->
                Finding.of(
                    FindingCode.DMARC_TAG_TYPO,
                    "tag",
                    t.tag(),
                    "meant",
                    t.meant(),
                    "written",
                    t.written(),
                    "record",
                    record.text()))
        .toList();
  }
}
