package dev.mxbot.core;

import java.util.List;

/**
 * The records the report shows as found, whatever the findings say about them. A list is {@code
 * null} when its lookup was not answered (failed, timed out, or never asked): shown as "not
 * checked", never as "none"; empty when the answer said there is none.
 */
public record ReportRecords(
    List<String> ns, List<MxEntry> mx, List<String> spf, List<String> dmarc) {

  /** Every list answered and empty. */
  public static final ReportRecords EMPTY =
      new ReportRecords(List.of(), List.of(), List.of(), List.of());

  /** Nothing answered yet: where a report starts. */
  public static final ReportRecords UNANSWERED = new ReportRecords(null, null, null, null);

  public ReportRecords {
    ns = copy(ns);
    mx = copy(mx);
    spf = copy(spf);
    dmarc = copy(dmarc);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }
}
