package dev.mxbot.render;

import dev.mxbot.core.Area;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.Finding;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.guides.Guide;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a report as plain text for the console and {@code check}: verdict line, who hosts the
 * zone and the mail, the records found, the findings grouped by area with their guide, the guides
 * (primary first). Every line is made terminal-safe. Safe for concurrent use.
 */
public final class PlainTextRenderer {

  private final GuideCatalog guides;

  @Inject
  public PlainTextRenderer(GuideCatalog guides) {
    this.guides = guides;
  }

  public String render(Report report, String lang) {
    return render(report, lang, List.of());
  }

  /** The report, with notes to the reader (e.g. an unavailable language) above it. */
  public String render(Report report, String lang, List<Notice> notices) {
    ReportText text = new ReportText(Messages.of(lang));
    String language = text.messages().lang();
    StringBuilder out = new StringBuilder();
    for (Notice notice : notices) {
      line(out, "ℹ️ " + text.messages().get(notice.key(), notice.params()));
    }
    line(out, symbol(report) + " " + text.title(report) + " — " + text.verdict(report));
    line(out, label(text, "report.dnsHost") + text.dnsHost(report) + nameservers(report));
    line(out, label(text, "report.mailProvider") + text.mailProvider(report));
    line(out, text.messages().get("report.records"));
    line(out, "  MX     " + text.mx(report.records().mx()));
    line(out, "  SPF    " + text.orNone(report.records().spf()));
    line(out, "  DMARC  " + text.orNone(report.records().dmarc()));
    text.changes(report).ifPresent(changed -> line(out, "🔁 " + changed));
    Area area = null;
    for (Finding finding : ReportText.inAreas(report)) {
      if (finding.area() != area) {
        area = finding.area();
        out.append('\n');
        line(out, text.area(finding));
      }
      line(out, "  [" + text.severity(finding) + "] " + text.message(finding));
      guides
          .guideFor(finding, report, language)
          .filter(g -> finding.severity().compareTo(dev.mxbot.core.Severity.WARNING) >= 0)
          .ifPresent(
              g ->
                  line(
                      out,
                      "      "
                          + text.messages().get("report.guide")
                          + ": "
                          + g.title()
                          + " — "
                          + g.url()));
    }
    List<Guide> list = guides.guidesFor(report, language);
    if (!list.isEmpty()) {
      out.append('\n');
      line(out, text.messages().get("report.guides"));
      for (int i = 0; i < list.size(); i++) {
        line(out, "  " + (i + 1) + ". " + list.get(i).title() + " — " + list.get(i).url());
      }
    }
    ReportText.lastWord(report)
        .ifPresent(
            last -> {
              out.append('\n');
              line(out, "ℹ️ " + text.area(last) + ": " + text.message(last));
            });
    out.append('\n');
    line(out, text.elapsed(report));
    return out.toString();
  }

  /**
   * The customer reply under the report ({@code check --reply}): a heading, a blank line, then the
   * reply's text exactly as the chat's code block shows it (its DNS values are already made safe
   * for a terminal when the reply is written).
   */
  public String renderReply(CustomerReply reply, String lang) {
    StringBuilder out = new StringBuilder("\n");
    line(out, Messages.of(lang).get("reply.heading", Map.of("lang", reply.language())));
    out.append('\n').append(reply.text());
    return out.toString();
  }

  /** The answer to refused input: why, and how to use the command. */
  public String renderRefusal(InputRefusal refusal, String lang) {
    Messages messages = Messages.of(lang);
    String reason = messages.get(refusal.messageKey(), refusal.params());
    StringBuilder out = new StringBuilder();
    line(out, messages.get("chat.refused", Map.of("reason", reason)));
    line(
        out, messages.get("chat.usage", Map.of("languages", String.join("|", Messages.LANGUAGES))));
    return out.toString();
  }

  private static String nameservers(Report report) {
    List<String> ns = report.records().ns();
    return ns == null || ns.isEmpty()
        ? ""
        : " — " + ns.stream().map(n -> n.replaceAll("\\.$", "")).collect(Collectors.joining(", "));
  }

  private static String label(ReportText text, String key) {
    return text.messages().get(key) + ": ";
  }

  private static void line(StringBuilder out, String line) {
    out.append(TerminalText.safe(line)).append('\n');
  }

  private static String symbol(Report report) {
    return switch (report.verdict()) {
      case OK -> "✅";
      case WARNING -> "⚠️";
      case ERROR -> "❌";
      case UNKNOWN -> "❔";
    };
  }
}
