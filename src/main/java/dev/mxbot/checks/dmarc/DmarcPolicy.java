package dev.mxbot.checks.dmarc;

import java.util.Locale;

/**
 * What a valid DMARC record asks receivers to do with mail from the asked domain.
 *
 * @param effective {@code none}, {@code quarantine} or {@code reject}: {@code sp} when the record
 *     was inherited from the organisational domain and has one, else {@code p}; empty when the
 *     record has no {@code p}
 * @param pct the share of failing mail the policy applies to (RFC 7489 {@code pct}, 100 when
 *     absent; DMARCbis dropped the tag)
 */
public record DmarcPolicy(String effective, int pct) {

  public static DmarcPolicy of(DmarcRecord record, boolean inherited) {
    String policy =
        (inherited ? record.value("sp").or(() -> record.value("p")) : record.value("p")).orElse("");
    int pct =
        record.value("pct").filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt).orElse(100);
    return new DmarcPolicy(policy.toLowerCase(Locale.ROOT), pct);
  }

  /** Reads {@code text} and returns its policy (for tests and simple callers). */
  public static DmarcPolicy parse(String text, boolean inherited) {
    return of(DmarcRecord.read(text), inherited);
  }
}
