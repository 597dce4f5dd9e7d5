package dev.mxbot.render.discord;

import dev.mxbot.core.Area;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.Finding;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.guides.Guide;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.ReportText;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders a report as one Discord embed: colour by verdict, the domain in the title linking to the
 * primary guide, the verdict and providers in the description, one field per area (records found,
 * then the findings), the other guides, the elapsed time in the footer. Every DNS- or user-sourced
 * text goes through {@link DiscordMarkdown}; every length is kept within Discord's limits ({@link
 * EmbedLimits}), so building never throws. Safe for concurrent use.
 */
public final class DiscordRenderer {

  private final GuideCatalog guides;

  @Inject
  public DiscordRenderer(GuideCatalog guides) {
    this.guides = guides;
  }

  /** The report as an embed, with notes to the reader (e.g. an unavailable language) on top. */
  public MessageEmbed render(Report report, String lang, List<Notice> notices) {
    ReportText text = new ReportText(Messages.of(lang));
    Messages messages = text.messages();
    List<Guide> list = guides.guidesFor(report, messages.lang());
    Optional<Guide> primary = list.stream().findFirst();
    EmbedBuilder embed = new EmbedBuilder().setColor(DiscordStyle.colour(report));
    String title =
        EmbedLimits.cut(
            DiscordStyle.symbol(report) + " " + DiscordMarkdown.escape(text.title(report)), 256);
    embed.setTitle(title, primary.map(g -> DiscordStyle.linkable(g.url())).orElse(null));
    List<String> description = new ArrayList<>();
    notices.forEach(n -> description.add("ℹ️ " + escaped(messages, n.key(), n.params())));
    description.add("**" + DiscordMarkdown.escape(text.verdict(report)) + "**");
    description.add(label(messages, "report.dnsHost") + esc(text.dnsHost(report)));
    description.add(label(messages, "report.mailProvider") + esc(text.mailProvider(report)));
    text.changes(report).ifPresent(changed -> description.add("🔁 " + esc(changed)));
    primary.ifPresent(g -> description.add("📘 " + link(g)));
    String descriptionText =
        EmbedLimits.lines(description, 1500, n -> more(messages, n)); // leave room for fields
    embed.setDescription(descriptionText);
    String footer = EmbedLimits.cut(esc(text.elapsed(report)), 200);
    embed.setFooter(footer);
    int budget = EmbedLimits.TOTAL - title.length() - descriptionText.length() - footer.length();
    new EmbedFields(messages).addAll(embed, fields(report, text, list), budget);
    return embed.build();
  }

  /** The answer to refused input: why, and how to use the command. */
  public String refusal(InputRefusal refusal, String lang) {
    Messages messages = Messages.of(lang);
    String reason = messages.get(refusal.messageKey(), refusal.params());
    String usage =
        messages.get("chat.usage", Map.of("languages", String.join("|", Messages.LANGUAGES)));
    return EmbedLimits.cut(
        esc(messages.get("chat.refused", Map.of("reason", reason))) + "\n" + esc(usage), 2000);
  }

  /** A chat text of the bundles ({@code chat.busy}, ...) in {@code lang}, escaped. */
  public String text(String lang, String key, Map<String, String> params) {
    return EmbedLimits.cut(escaped(Messages.of(lang), key, params), 2000);
  }

  private Map<String, List<String>> fields(Report report, ReportText text, List<Guide> list) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Area area = null;
    List<String> lines = null;
    for (Finding finding : ReportText.inAreas(report)) {
      if (finding.area() != area) {
        area = finding.area();
        lines = fields.computeIfAbsent(text.area(finding), k -> new ArrayList<>());
        if (lines.isEmpty()) {
          records(report, area).forEach(lines::add);
        }
      }
      lines.add(
          DiscordStyle.icon(finding) + " " + EmbedLimits.cut(esc(text.message(finding)), 600));
    }
    if (list.size() > 1) {
      List<String> others = new ArrayList<>();
      list.stream().skip(1).forEach(g -> others.add("• " + link(g)));
      fields.put(text.messages().get("report.guides"), others);
    }
    ReportText.lastWord(report)
        .ifPresent(
            last ->
                fields.put(
                    text.area(last),
                    List.of(
                        DiscordStyle.icon(last)
                            + " "
                            + EmbedLimits.cut(esc(text.message(last)), 600))));
    return fields;
  }

  private static List<String> records(Report report, Area area) {
    return ReportText.records(report, area).stream()
        .map(v -> "› " + EmbedLimits.cut(esc(v), 400))
        .toList();
  }

  private static String link(Guide guide) {
    String title = EmbedLimits.cut(esc(guide.title()), 200);
    String url = DiscordStyle.linkable(guide.url());
    return url != null && url.length() <= 512 && !url.contains(")")
        ? "[" + title + "](" + url + ")"
        : title;
  }

  private static String label(Messages messages, String key) {
    return "**" + esc(messages.get(key)) + "**: ";
  }

  static String more(Messages messages, int count) {
    return messages.get("discord.more", Map.of("count", Integer.toString(count)));
  }

  private static String escaped(Messages messages, String key, Map<String, String> params) {
    return esc(messages.get(key, params));
  }

  private static String esc(String text) {
    return DiscordMarkdown.escape(text);
  }

  /** The customer reply's heading (escaped Discord markdown) above its code block. */
  public String customerReplyHeading(CustomerReply reply, String lang) {
    return text(lang, "reply.heading", Map.of("lang", reply.language()));
  }

  /**
   * The customer reply as one code block, its text byte for byte between the fences: the reply
   * holds no backtick, so nothing in it can close the block, and Discord renders no mention or
   * markdown inside a code block (the adapter sends every message with allowed mentions: none).
   */
  public String customerReplyBlock(CustomerReply reply) {
    return "```\n" + reply.text() + "```";
  }
}
