package dev.mxbot.core;

import java.util.List;

/** The records the report shows as found, whatever the findings say about them. */
public record ReportRecords(
    List<String> ns, List<MxEntry> mx, List<String> spf, List<String> dmarc) {

  public static final ReportRecords EMPTY =
      new ReportRecords(List.of(), List.of(), List.of(), List.of());

  public ReportRecords {
    ns = List.copyOf(ns);
    mx = List.copyOf(mx);
    spf = List.copyOf(spf);
    dmarc = List.copyOf(dmarc);
  }
}
