package dev.mxbot.chat.discord;

import dev.mxbot.chat.CommandOutcome;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.DiscordRenderer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The messages the adapter sends, all with allowed mentions: none (DNS text is attacker-controlled
 * and a TXT record saying {@code @everyone} must ping nobody). A report comes with the buttons
 * "Share in channel" (private answers only) and "Re-check".
 */
final class Replies {

  static final String SHARE_ID = "mx:share";
  static final String RECHECK_PREFIX = "mx:recheck:";

  private static final EnumSet<MentionType> NO_MENTIONS = EnumSet.noneOf(MentionType.class);

  private final DiscordRenderer renderer;

  @Inject
  Replies(DiscordRenderer renderer) {
    this.renderer = renderer;
  }

  /** The answer to a command: the report's embed, or why the input was refused. */
  MessageEditData outcome(CommandOutcome outcome, String commandText, boolean ephemeral) {
    if (outcome.isRefused()) {
      return text(renderer.refusal(outcome.refusal(), outcome.lang()));
    }
    MessageEmbed embed = renderer.render(outcome.report(), outcome.lang(), outcome.notices());
    Messages messages = Messages.of(outcome.lang());
    List<Button> buttons = new ArrayList<>();
    if (ephemeral) {
      buttons.add(Button.primary(SHARE_ID, messages.get("chat.button.share")));
    }
    String recheck = RECHECK_PREFIX + commandText;
    if (recheck.length() <= Button.ID_MAX_LENGTH) {
      buttons.add(Button.secondary(recheck, messages.get("chat.button.recheck")));
    }
    return new MessageEditBuilder()
        .setContent("")
        .setEmbeds(List.of(embed))
        .setComponents(buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons)))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  /** A chat text of the bundles as the whole message (no embed, no buttons). */
  MessageEditData text(String lang, String key, Map<String, String> params) {
    return text(renderer.text(lang, key, params));
  }

  /** The same text, as a new (ephemeral) reply. */
  MessageCreateData created(String lang, String key, Map<String, String> params) {
    return new MessageCreateBuilder()
        .setContent(renderer.text(lang, key, params))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  /** A private report made public: the same embeds under "Shared by …", without buttons. */
  MessageCreateData shared(List<MessageEmbed> embeds, String lang, String userName) {
    return new MessageCreateBuilder()
        .setContent(renderer.text(lang, "chat.sharedBy", Map.of("user", userName)))
        .setEmbeds(embeds)
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  private static MessageEditData text(String content) {
    return new MessageEditBuilder()
        .setContent(content)
        .setEmbeds(List.of())
        .setComponents(List.of())
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }
}
