package dev.mxbot.render;

import dev.mxbot.core.Finding;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.Severity;
import dev.mxbot.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The texts of a report in one language, shared by every renderer: finding messages, provider
 * lines, record lists. Returns raw text: each renderer escapes it for its medium.
 */
final class ReportText {

  private final Messages messages;

  ReportText(Messages messages) {
    this.messages = messages;
  }

  Messages messages() {
    return messages;
  }

  /**
   * The finding's text. A parameter named {@code <name>Key} holds a message key: its text in this
   * language is offered to the template as {@code <name>} (e.g. {@code reasonKey} → {@code
   * {reason}}), so reasons and other fixed phrases are translated too.
   */
  String message(Finding finding) {
    return messages.get(finding.code().messageKey(), translated(finding.params()));
  }

  private Map<String, String> translated(Map<String, String> params) {
    Map<String, String> all = new HashMap<>(params);
    params.forEach(
        (name, value) -> {
          if (name.endsWith("Key") && name.length() > 3) {
            all.putIfAbsent(name.substring(0, name.length() - 3), messages.get(value, params));
          }
        });
    return all;
  }

  String title(Report report) {
    return messages.get("report.title", Map.of("domain", shownDomain(report)));
  }

  /** The verdict in words; a partial report (something not checked) says so. */
  String verdict(Report report) {
    String verdict = messages.get("verdict." + report.verdict().id());
    boolean partial =
        report.verdict() != dev.mxbot.core.Verdict.UNKNOWN
            && report.findings().stream().anyMatch(f -> f.severity() == Severity.UNKNOWN);
    return partial ? messages.get("verdict.partial", Map.of("verdict", verdict)) : verdict;
  }

  String severity(Finding finding) {
    return messages.get("severity." + finding.severity().id());
  }

  String area(Finding finding) {
    return messages.get("area." + finding.area().id());
  }

  /** {@code caffè.it (xn--caff-8oa.it)} for an IDN, else the name alone. */
  static String shownDomain(Report report) {
    String unicode = report.domain().unicode();
    String ascii = report.domain().ascii();
    return unicode.equals(ascii) ? ascii : unicode + " (" + ascii + ")";
  }

  String provider(ProviderRef ref) {
    if (ref == null) {
      return messages.get("report.unrecognised");
    }
    if (ref.variant() == null) {
      return ref.name();
    }
    String key = "report.variant." + ref.variant();
    return messages.has(key) ? ref.name() + " (" + messages.get(key) + ")" : ref.name();
  }

  String orNone(List<String> values) {
    return values.isEmpty() ? messages.get("report.none") : String.join(" | ", values);
  }

  String mx(List<MxEntry> mx) {
    if (mx.isEmpty()) {
      return messages.get("report.none");
    }
    return mx.stream().map(e -> e.preference() + " " + e.host()).collect(Collectors.joining(", "));
  }

  String elapsed(Report report) {
    return messages.get(
        "report.elapsed", Map.of("ms", String.valueOf(report.elapsed().toMillis())));
  }
}
