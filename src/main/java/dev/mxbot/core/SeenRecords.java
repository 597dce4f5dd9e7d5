package dev.mxbot.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records a report saw, as the store keeps them and {@link Changes} compares them: keyed like
 * the report's {@code records} ({@code ns}, {@code mx}, {@code spf}, {@code dmarc}) plus {@code
 * dkim} (the selectors with a key found), each a list of texts, or {@code null} when it was not
 * answered (DKIM: when its area was not checked). An MX is written {@code "<preference> <host>"}.
 * Pure.
 */
public final class SeenRecords {

  /** The keys, in the report's order. */
  public static final List<String> KEYS = List.of("ns", "mx", "spf", "dmarc", "dkim");

  private SeenRecords() {}

  /** The records of {@code report}. */
  public static Map<String, List<String>> of(Report report) {
    Map<String, List<String>> seen = new LinkedHashMap<>();
    ReportRecords records = report.records();
    seen.put("ns", records.ns());
    seen.put(
        "mx",
        records.mx() == null
            ? null
            : records.mx().stream().map(m -> m.preference() + " " + m.host()).toList());
    seen.put("spf", records.spf());
    seen.put("dmarc", records.dmarc());
    seen.put(
        "dkim",
        report.unchecked().contains(Area.DKIM)
            ? null
            : report.findings().stream()
                .filter(f -> f.code() == FindingCode.DKIM_FOUND)
                .map(f -> f.param("selector"))
                .filter(s -> s != null)
                .distinct()
                .toList());
    return Collections.unmodifiableMap(seen);
  }

  /** An MX text back as its entry; {@code null} when it is not one. */
  public static MxEntry mx(String text) {
    int space = text.indexOf(' ');
    if (space <= 0) {
      return null;
    }
    try {
      return new MxEntry(Integer.parseInt(text.substring(0, space)), text.substring(space + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }
}
