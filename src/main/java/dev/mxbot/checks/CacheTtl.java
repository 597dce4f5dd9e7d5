package dev.mxbot.checks;

import dev.mxbot.core.Finding;
import dev.mxbot.dns.DnsAnswer;

/**
 * The finding parameter {@code ttl}: how many seconds resolvers may keep the answer a finding is
 * about, so that the customer reply can say how long a fix takes to be seen — for records that
 * exist, their TTL (the old records stay cached that long after a change); for a name or type with
 * no record, the negative TTL of the answer's SOA (RFC 2308), which bounds how long "none" stays
 * cached after the record is added. Nothing is added when the answer says neither.
 */
final class CacheTtl {

  /** The parameter's name, as the reply templates' model reads it. */
  static final String PARAM = "ttl";

  private CacheTtl() {}

  /** {@code finding} with the {@code ttl} of {@code answer}, when it has one. */
  static Finding of(Finding finding, DnsAnswer answer) {
    if (answer == null) {
      return finding;
    }
    if (answer.isNegative()) {
      return answer
          .negativeTtl()
          .map(ttl -> finding.with(PARAM, Long.toString(ttl.toSeconds())))
          .orElse(finding);
    }
    if (answer.isOk() && !answer.records().isEmpty()) {
      return finding.with(PARAM, Long.toString(answer.minTtl()));
    }
    return finding;
  }
}
