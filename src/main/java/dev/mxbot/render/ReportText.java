package dev.mxbot.render;

import dev.mxbot.core.Area;
import dev.mxbot.core.Change;
import dev.mxbot.core.Changes;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The texts of a report in one language, shared by every renderer: finding messages, provider
 * lines, record lists. Returns raw text: each renderer escapes it for its medium.
 */
public final class ReportText {

  private final Messages messages;

  public ReportText(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  /**
   * The finding's text. A parameter named {@code <name>Key} holds a message key: its text in this
   * language is offered to the template as {@code <name>} (e.g. {@code reasonKey} → {@code
   * {reason}}), so reasons and other fixed phrases are translated too. The sentence of {@code
   * noteKey}, which any finding may carry (e.g. "this follows the nameservers' new records"), is
   * added after the text.
   */
  public String message(Finding finding) {
    Map<String, String> params = translated(finding.params());
    String text = messages.get(finding.code().messageKey(), params);
    return finding.param("noteKey") == null ? text : text + " " + params.get("note");
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

  public String title(Report report) {
    return messages.get("report.title", Map.of("domain", shownDomain(report)));
  }

  /**
   * The verdict in words; an incomplete report says so and names the areas it could not check, in
   * the reader's language. An incomplete report with warnings says "Warnings found", not "Works,
   * with warnings": what was not checked (the MX records, say) may be what decides whether mail
   * works. One with nothing wrong in what was checked says so ("No problem found in what was
   * checked"), not "Could not be checked", which is kept for a domain whose DNS did not answer.
   */
  public String verdict(Report report) {
    String verdict =
        messages.get(verdictKey(report.verdict().id(), report.complete(), report.dnsUnreachable()));
    if (report.complete()) {
      return verdict;
    }
    String areas =
        report.unchecked().stream()
            .map(area -> messages.get("area." + area.id()))
            .collect(Collectors.joining(", "));
    return messages.get("verdict.incomplete", Map.of("verdict", verdict, "areas", areas));
  }

  /**
   * The message key of a recorded check's verdict ({@code history}, in chat and on the command
   * line), as its report said it. The store does not keep whether the DNS answered at all, so an
   * incomplete check with nothing found keeps the cautious "Could not be checked".
   */
  public static String verdictKey(HistoryEntry entry) {
    return verdictKey(entry.verdict(), !entry.incomplete(), true);
  }

  /**
   * The message key of a verdict's words ({@link Verdict#id}); an incomplete report's never say it
   * "works", and say "could not be checked" only when {@code dnsUnreachable} (nothing answered).
   */
  public static String verdictKey(String verdictId, boolean complete, boolean dnsUnreachable) {
    if (complete) {
      return "verdict." + verdictId;
    }
    return switch (verdictId) {
      case "warning" -> "verdict.warning.incomplete";
      case "unknown" -> dnsUnreachable ? "verdict.unknown" : "verdict.unknown.partial";
      default -> "verdict." + verdictId;
    };
  }

  String severity(Finding finding) {
    return messages.get("severity." + finding.severity().id());
  }

  public String area(Finding finding) {
    return messages.get("area." + finding.area().id());
  }

  /** {@code caffè.it (xn--caff-8oa.it)} for an IDN, else the name alone. */
  static String shownDomain(Report report) {
    String unicode = report.domain().unicode();
    String ascii = report.domain().ascii();
    return unicode.equals(ascii) ? ascii : unicode + " (" + ascii + ")";
  }

  /**
   * The DNS host as the report's header names it: the provider; "not checked" when the area was not
   * checked and no provider is known; "none" when the domain has no nameservers (it does not
   * exist); else "not recognised" (the nameservers were read and no provider of the catalog has
   * them).
   */
  public String dnsHost(Report report) {
    if (report.dnsHost() != null) {
      return provider(report.dnsHost());
    }
    if (report.unchecked().contains(Area.DNS_HOST)) {
      return messages.get("report.notChecked");
    }
    List<String> ns = report.records().ns();
    return ns != null && ns.isEmpty()
        ? messages.get("report.noProvider")
        : messages.get("report.unrecognised");
  }

  /**
   * The mail provider as the report's header names it: the provider; "not checked" when the MX
   * records were not read, "none" when there are none; the providers of a mixed MX set ({@code
   * MX_MIXED_PROVIDERS}); else "not recognised".
   */
  public String mailProvider(Report report) {
    if (report.mailProvider() != null) {
      return provider(report.mailProvider());
    }
    if (report.records().mx() == null) {
      return messages.get("report.notChecked");
    }
    if (report.records().mx().isEmpty()) {
      return messages.get("report.noProvider");
    }
    return report.findings().stream()
        .filter(f -> f.code() == FindingCode.MX_MIXED_PROVIDERS)
        .map(f -> f.param("providers"))
        .filter(providers -> providers != null && !providers.isBlank())
        .findFirst()
        .map(providers -> messages.get("report.mixed", Map.of("providers", providers)))
        .orElseGet(() -> messages.get("report.unrecognised"));
  }

  public String provider(ProviderRef ref) {
    if (ref == null) {
      return messages.get("report.unrecognised");
    }
    if (ref.variant() == null) {
      return ref.name();
    }
    String key = "report.variant." + ref.variant();
    return messages.has(key) ? ref.name() + " (" + messages.get(key) + ")" : ref.name();
  }

  /** The records, "none" when the answer said so, "not checked" when there was none. */
  String orNone(List<String> values) {
    if (values == null) {
      return messages.get("report.notChecked");
    }
    return values.isEmpty() ? messages.get("report.none") : String.join(" | ", values);
  }

  String mx(List<MxEntry> mx) {
    if (mx == null) {
      return messages.get("report.notChecked");
    }
    if (mx.isEmpty()) {
      return messages.get("report.none");
    }
    return mx.stream().map(e -> e.preference() + " " + e.host()).collect(Collectors.joining(", "));
  }

  /**
   * What a healthy report says last, outside its area: a DKIM selector that is simply unknown
   * ({@code DKIM_UNKNOWN}) when nothing needs attention is no problem, only a question for the
   * customer (with how to give the selector). Empty otherwise.
   */
  public static Optional<Finding> lastWord(Report report) {
    if (report.verdict() != Verdict.OK) {
      return Optional.empty();
    }
    return report.findings().stream().filter(f -> f.code() == FindingCode.DKIM_UNKNOWN).findFirst();
  }

  /** The findings shown area by area: all of them but the {@link #lastWord}. */
  public static List<Finding> inAreas(Report report) {
    Optional<Finding> last = lastWord(report);
    return report.findings().stream().filter(f -> last.map(l -> l != f).orElse(true)).toList();
  }

  /**
   * The records of an area's section as lines: the NS set with the DNS host, MX, SPF and DMARC with
   * theirs; none when not answered (the verdict line names what was not checked).
   */
  public static List<String> records(Report report, Area area) {
    ReportRecords records = report.records();
    List<String> values =
        switch (area) {
          case DNS_HOST -> records.ns();
          case MX ->
              records.mx() == null
                  ? null
                  : records.mx().stream().map(e -> e.preference() + " " + e.host()).toList();
          case SPF -> records.spf();
          case DMARC -> records.dmarc();
          default -> List.of();
        };
    return values == null ? List.of() : values;
  }

  /** The most characters of one side of a change shown in a text line. */
  static final int CHANGE_SIDE_MAX = 80;

  /**
   * "Changed since 3 h ago: MX 1 mx1.mail.ovh.net. → 1 mx0.mail.ovh.net.": one line when the report
   * has changes with at least one item; empty otherwise. Plain text: each renderer escapes it
   * (values come from DNS).
   */
  public Optional<String> changes(Report report) {
    return changes(report.changes());
  }

  /** The line of {@link #changes(Report)} for {@code changes} ({@code null}: none). */
  public Optional<String> changes(Changes changes) {
    if (changes == null || !changes.any()) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    for (Change change : changes.items()) {
      items.add(
          change.record().toUpperCase(Locale.ROOT)
              + " "
              + side(change.before())
              + " → "
              + side(change.after()));
    }
    return Optional.of(
        messages.get(
            "report.changes",
            Map.of(
                "ago",
                ago(Duration.between(changes.since(), changes.at())),
                "items",
                String.join("; ", items))));
  }

  /** "12 min ago", "3 h ago", "2 d ago"; "just now" under a minute. */
  String ago(Duration age) {
    if (age.toMinutes() < 1) {
      return messages.get("report.changes.justNow");
    }
    if (age.toHours() < 1) {
      return messages.get("report.changes.minutes", Map.of("n", String.valueOf(age.toMinutes())));
    }
    if (age.toDays() < 2) {
      return messages.get("report.changes.hours", Map.of("n", String.valueOf(age.toHours())));
    }
    return messages.get("report.changes.days", Map.of("n", String.valueOf(age.toDays())));
  }

  private String side(List<String> values) {
    String text = values.isEmpty() ? messages.get("report.none") : String.join(", ", values);
    return text.length() <= CHANGE_SIDE_MAX ? text : text.substring(0, CHANGE_SIDE_MAX - 1) + "…";
  }

  public String elapsed(Report report) {
    return messages.get(
        "report.elapsed", Map.of("ms", String.valueOf(report.elapsed().toMillis())));
  }
}
