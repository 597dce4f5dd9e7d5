package dev.mxbot.render.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.mxbot.core.Area;
import dev.mxbot.core.Finding;
import dev.mxbot.core.Report;
import dev.mxbot.core.Severity;
import dev.mxbot.render.ReportText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One Block Kit section per area of a report (DNS host, MX, SPF, DMARC, …): the area's name, the
 * records found for it and its finding messages, within Slack's 3000 characters per section. Long
 * record lists and long finding lists end with "… and N more".
 */
final class SlackAreas {

  /** Slack's limit for the text of a section. */
  static final int SECTION_MAX = 3000;

  /** Records shown per area before "… and N more". */
  static final int RECORDS_SHOWN = 10;

  /** One record value (e.g. a 3 KB TXT) is cut to this many characters. */
  static final int RECORD_MAX = 250;

  private final ReportText text;

  SlackAreas(ReportText text) {
    this.text = text;
  }

  List<LayoutBlock> sections(Report report) {
    Map<Area, List<Finding>> byArea = new EnumMap<>(Area.class);
    for (Finding finding : ReportText.inAreas(report)) {
      byArea.computeIfAbsent(finding.area(), a -> new ArrayList<>()).add(finding);
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    byArea.forEach((area, findings) -> blocks.add(section(area, findings, report)));
    return blocks;
  }

  private LayoutBlock section(Area area, List<Finding> findings, Report report) {
    StringBuilder out = new StringBuilder();
    out.append('*').append(SlackText.escape(text.area(findings.get(0)))).append('*');
    List<String> records = records(area, report);
    if (!records.isEmpty()) {
      out.append('\n').append(recordLine(records));
    }
    for (int i = 0; i < findings.size(); i++) {
      String line = "\n" + emoji(findings.get(i).severity()) + " " + message(findings.get(i));
      int reserve = i + 1 < findings.size() ? 40 : 0;
      if (out.length() + line.length() + reserve > SECTION_MAX) {
        out.append('\n').append(SlackText.escape(more(findings.size() - i)));
        break;
      }
      out.append(line);
    }
    return SectionBlock.builder()
        .text(MarkdownTextObject.builder().text(SlackText.cut(out.toString(), SECTION_MAX)).build())
        .build();
  }

  private String message(Finding finding) {
    return SlackText.cut(SlackText.escape(text.message(finding)), SECTION_MAX / 3);
  }

  /**
   * The records as code spans: at most {@link #RECORDS_SHOWN}, and no more than half a section, so
   * the finding messages always have room; the rest is counted in "… and N more".
   */
  private String recordLine(List<String> records) {
    StringBuilder line = new StringBuilder();
    int shown = 0;
    for (String record : records) {
      String code = SlackText.code(SlackText.cut(record, RECORD_MAX));
      if (shown == RECORDS_SHOWN || line.length() + code.length() > SECTION_MAX / 2) {
        break;
      }
      line.append(shown == 0 ? "" : "  ").append(code);
      shown++;
    }
    return shown < records.size()
        ? line + "  " + SlackText.escape(more(records.size() - shown))
        : line.toString();
  }

  private String more(int count) {
    return text.messages().get("report.more", Map.of("count", String.valueOf(count)));
  }

  /** The records shown in an area's section (none when not answered: the headline says so). */
  private static List<String> records(Area area, Report report) {
    return ReportText.records(report, area);
  }

  static String emoji(dev.mxbot.core.Verdict verdict) {
    return switch (verdict) {
      case OK -> ":white_check_mark:";
      case WARNING -> ":warning:";
      case ERROR -> ":x:";
      case UNKNOWN -> ":grey_question:";
    };
  }

  static String emoji(Severity severity) {
    return switch (severity) {
      case OK -> ":white_check_mark:";
      case INFO -> ":information_source:";
      case WARNING -> ":warning:";
      case ERROR -> ":x:";
      case UNKNOWN -> ":grey_question:";
    };
  }
}
