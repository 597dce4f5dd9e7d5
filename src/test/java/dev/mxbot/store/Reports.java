package dev.mxbot.store;

import dev.mxbot.core.Area;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Small reports for the store's tests. */
final class Reports {

  private Reports() {}

  static Report withMx(String domain, String... hosts) {
    List<MxEntry> mx = new java.util.ArrayList<>();
    for (int i = 0; i < hosts.length; i++) {
      mx.add(new MxEntry(i == 0 ? 1 : i * 5, hosts[i]));
    }
    return new Report(
        domain,
        DomainName.of(domain),
        Verdict.OK,
        null,
        null,
        new ReportRecords(
            List.of("dns109.ovh.net.", "ns109.ovh.net."),
            mx,
            List.of("v=spf1 include:mx.ovh.com ~all"),
            List.of("v=DMARC1; p=none")),
        List.of(Finding.of(FindingCode.MX_HOME_CURRENT), Finding.of(FindingCode.SPF_VALID)),
        Duration.ofMillis(12));
  }

  /** {@code domain}'s report whose MX lookup got no answer, so MX is unchecked: incomplete. */
  static Report mxUnansweredIncomplete(String domain) {
    Report r = mxUnanswered(domain);
    return new Report(
        r.input(),
        r.domain(),
        Verdict.WARNING,
        null,
        null,
        r.records(),
        r.findings(),
        r.elapsed(),
        Duration.ZERO,
        Set.of(Area.MX),
        12);
  }

  /** A report whose MX lookup was not answered. */
  static Report mxUnanswered(String domain) {
    Report r = withMx(domain);
    return new Report(
        r.input(),
        r.domain(),
        Verdict.UNKNOWN,
        null,
        null,
        new ReportRecords(r.records().ns(), null, r.records().spf(), r.records().dmarc()),
        List.of(Finding.of(FindingCode.DNS_TIMEOUT)),
        Duration.ofMillis(12));
  }
}
