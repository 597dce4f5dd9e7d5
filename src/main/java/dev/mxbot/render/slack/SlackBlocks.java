package dev.mxbot.render.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.mxbot.guides.Guide;
import dev.mxbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Builders of the Block Kit pieces {@link SlackRenderer} assembles: text objects, context blocks
 * (at most 10 elements), the guide links and the two buttons. Texts given here are already escaped
 * mrkdwn, except button labels and plain text. Pure functions.
 */
final class SlackBlocks {

  /** Slack's limit of elements in a context block. */
  static final int CONTEXT_MAX = 10;

  private SlackBlocks() {}

  static List<LayoutBlock> guides(List<Guide> list, Messages messages) {
    if (list.isEmpty()) {
      return List.of();
    }
    Guide primary = list.get(0);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        SectionBlock.builder()
            .text(
                markdown(
                    ":book: *"
                        + SlackText.escape(messages.get("report.guide"))
                        + ":* *"
                        + SlackText.link(primary.url(), primary.title())
                        + "*"))
            .build());
    List<String> others =
        list.subList(1, list.size()).stream().map(g -> SlackText.link(g.url(), g.title())).toList();
    if (!others.isEmpty()) {
      blocks.add(context(others));
    }
    return blocks;
  }

  static ActionsBlock buttons(String value, Messages messages) {
    return ActionsBlock.builder()
        .blockId("mx_actions")
        .elements(
            List.of(
                button(
                    SlackRenderer.ACTION_SHARE,
                    messages.get("chat.button.share"),
                    value,
                    "primary"),
                button(
                    SlackRenderer.ACTION_RECHECK,
                    messages.get("chat.button.recheck"),
                    value,
                    null)))
        .build();
  }

  private static ButtonElement button(String id, String label, String value, String style) {
    return ButtonElement.builder()
        .actionId(id)
        .text(plain(label))
        .value(value)
        .style(style)
        .build();
  }

  static ContextBlock context(List<String> mrkdwnTexts) {
    List<ContextBlockElement> elements = new ArrayList<>();
    mrkdwnTexts.stream()
        .limit(CONTEXT_MAX)
        .forEach(t -> elements.add(markdown(SlackText.cut(t, SlackRenderer.FIELD_MAX))));
    return ContextBlock.builder().elements(elements).build();
  }

  static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }

  static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }
}
