package dev.mxbot.render.slack;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.RichTextPreformattedElement;
import com.slack.api.model.block.element.RichTextSectionElement;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.ReportText;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders reports as Slack Block Kit: a header with the verdict emoji and the domain, the verdict
 * with who hosts the zone and the mail, the primary guide as a prominent link (the other guides in
 * a context block right under it: the agent's next step comes first), one section per area with the
 * records found and the finding messages, the elapsed time, and optionally the "Share in channel" /
 * "Re-check" buttons. Stays within Slack's limits (header 150, section 3000, field 2000, context 10
 * elements, 50 blocks); every DNS- and user-sourced text is escaped by {@link SlackText}. Safe for
 * concurrent use.
 */
public final class SlackRenderer {

  /** {@code action_id} of the "Share in channel" button. */
  public static final String ACTION_SHARE = "mx_share";

  /** {@code action_id} of the "Re-check" button. */
  public static final String ACTION_RECHECK = "mx_recheck";

  static final int HEADER_MAX = 150;
  static final int FIELD_MAX = 2000;
  static final int BLOCKS_MAX = 50;

  private final GuideCatalog guides;

  @Inject
  public SlackRenderer(GuideCatalog guides) {
    this.guides = guides;
  }

  /**
   * The report as a message. {@code buttonValue}, when present, adds the two buttons carrying it
   * (at most 2000 characters: the adapter's own encoding of the command); {@code sharedBy} names
   * the user who shared it to the channel.
   */
  public SlackMessage report(
      Report report,
      String lang,
      List<Notice> notices,
      Optional<String> buttonValue,
      Optional<String> sharedBy) {
    return report(report, lang, notices, buttonValue, sharedBy, Optional.empty());
  }

  /**
   * The same with the customer reply under the report ({@link #customerReplyBlocks}), above the
   * buttons. Only for a private answer: a message posted in the channel never carries it.
   */
  public SlackMessage report(
      Report report,
      String lang,
      List<Notice> notices,
      Optional<String> buttonValue,
      Optional<String> sharedBy,
      Optional<CustomerReply> customerReply) {
    ReportText text = new ReportText(Messages.of(lang));
    Messages messages = text.messages();
    String title = SlackAreas.emoji(report.verdict()) + " " + text.title(report);
    List<LayoutBlock> blocks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    notices.forEach(n -> notes.add(":information_source: " + messages.get(n.key(), n.params())));
    sharedBy.ifPresent(user -> notes.add(messages.get("chat.sharedBy", Map.of("user", user))));
    if (!notes.isEmpty()) {
      blocks.add(SlackBlocks.context(notes.stream().map(SlackText::escape).toList()));
    }
    blocks.add(
        HeaderBlock.builder().text(SlackBlocks.plain(SlackText.cut(title, HEADER_MAX))).build());
    blocks.add(summary(report, text));
    text.changes(report)
        .ifPresent(
            changed ->
                blocks.add(
                    SlackBlocks.context(
                        List.of(":repeat: " + SlackText.escape(SlackText.cut(changed, 2000))))));
    blocks.addAll(SlackBlocks.guides(guides.guidesFor(report, messages.lang()), messages));
    blocks.addAll(new SlackAreas(text).sections(report));
    ReportText.lastWord(report)
        .ifPresent(
            last ->
                blocks.add(
                    SlackBlocks.context(
                        List.of(
                            ":information_source: *"
                                + SlackText.escape(text.area(last))
                                + ":* "
                                + SlackText.escape(text.message(last))))));
    blocks.add(SlackBlocks.context(List.of(SlackText.escape(text.elapsed(report)))));
    List<LayoutBlock> tail = new ArrayList<>();
    customerReply.ifPresent(reply -> tail.addAll(customerReplyBlocks(reply, lang)));
    buttonValue.ifPresent(value -> tail.add(SlackBlocks.buttons(value, messages)));
    String fallback = SlackText.escape(text.title(report) + " — " + text.verdict(report));
    List<LayoutBlock> all =
        new ArrayList<>(blocks.subList(0, Math.min(BLOCKS_MAX - tail.size(), blocks.size())));
    all.addAll(tail);
    return new SlackMessage(fallback, all);
  }

  /**
   * The customer reply alone, as its own private message (when the report itself was posted in the
   * channel with {@code share}).
   */
  public SlackMessage customerReply(CustomerReply reply, String lang) {
    return new SlackMessage(
        SlackText.escape(heading(reply, lang)), customerReplyBlocks(reply, lang));
  }

  /**
   * The customer reply as Block Kit: its heading, then one {@code rich_text} block holding one
   * {@code rich_text_preformatted} element whose single text element is the reply, byte for byte.
   * Rich text is structured: Slack applies no mrkdwn to it and turns nothing in it into a mention
   * or a link (those would need their own elements), so nothing from DNS can leave the block or
   * notify anyone; the reply itself holds no backtick.
   */
  public List<LayoutBlock> customerReplyBlocks(CustomerReply reply, String lang) {
    RichTextSectionElement.Text body =
        RichTextSectionElement.Text.builder().text(reply.text()).build();
    RichTextPreformattedElement block =
        RichTextPreformattedElement.builder().elements(List.of(body)).build();
    return List.of(
        SlackBlocks.context(List.of(SlackText.escape(heading(reply, lang)))),
        RichTextBlock.builder().elements(List.of(block)).build());
  }

  private static String heading(CustomerReply reply, String lang) {
    return ":memo: " + Messages.of(lang).get("reply.heading", Map.of("lang", reply.language()));
  }

  /** The answer to refused input: why, and how to use the command. */
  public SlackMessage refusal(InputRefusal refusal, String lang) {
    Messages messages = Messages.of(lang);
    String reason = messages.get(refusal.messageKey(), refusal.params());
    String usage =
        messages.get("chat.usage", Map.of("languages", String.join("|", Messages.LANGUAGES)));
    return SlackMessage.ofText(
        SlackText.escape(messages.get("chat.refused", Map.of("reason", reason)))
            + "\n"
            + SlackText.escape(usage));
  }

  /** A short message from the bundle ({@code chat.busy}, {@code chat.checking}, …), escaped. */
  public SlackMessage note(String lang, String key, Map<String, String> params) {
    return SlackMessage.ofText(SlackText.escape(Messages.of(lang).get(key, params)));
  }

  private static SectionBlock summary(Report report, ReportText text) {
    Messages messages = text.messages();
    List<TextObject> fields =
        List.of(
            field(messages.get("report.dnsHost"), text.dnsHost(report)),
            field(messages.get("report.mailProvider"), text.mailProvider(report)));
    return SectionBlock.builder()
        .text(SlackBlocks.markdown("*" + SlackText.escape(text.verdict(report)) + "*"))
        .fields(fields)
        .build();
  }

  private static TextObject field(String label, String value) {
    String body = "*" + SlackText.escape(label) + "*\n" + SlackText.escape(value);
    return SlackBlocks.markdown(SlackText.cut(body, FIELD_MAX));
  }
}
