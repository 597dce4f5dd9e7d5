package dev.mxbot.render.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A Slack message ready to send: the top-level {@code text} (the notification and screen-reader
 * fallback, always set, already escaped for mrkdwn) and the Block Kit blocks (possibly empty).
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

  public SlackMessage {
    blocks = List.copyOf(blocks);
  }

  /** A message of text alone. */
  public static SlackMessage ofText(String text) {
    return new SlackMessage(text, List.of());
  }
}
