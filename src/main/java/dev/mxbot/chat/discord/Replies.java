package dev.mxbot.chat.discord;

import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Reply;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.discord.DiscordRenderer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.InteractionHook;
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

  /**
   * The {@link Reply} of an accepted command: the first answer edits the deferred one through
   * {@code hook}, the answers to further domains of the same command follow as new messages (as
   * private as the first); {@code recheck} gives what each report's "Re-check" runs again.
   */
  Reply editing(InteractionHook hook, Function<Outcome, String> recheck, boolean ephemeral) {
    AtomicBoolean first = new AtomicBoolean(true);
    return outcome -> {
      MessageEditData message = outcome(outcome, recheck.apply(outcome), ephemeral);
      CompletableFuture<?> sent =
          first.getAndSet(false)
              ? hook.editOriginal(message).submit()
              : hook.sendMessage(MessageCreateData.fromEditData(message))
                  .setEphemeral(ephemeral)
                  .submit();
      if (outcome instanceof Outcome.Answered answered && answered.customerReply().isPresent()) {
        MessageCreateData reply = customerReply(answered.customerReply().get(), answered.lang());
        return sent.thenCompose(done -> hook.sendMessage(reply).setEphemeral(true).submit());
      }
      return sent;
    };
  }

  /**
   * The customer reply ({@code reply=xx}) as its own message, always private (ephemeral) even when
   * the report was posted for everyone: the draft is for the agent, and a report shared with the
   * button copies only the report's own message. Heading and code block in the content when they
   * fit Discord's 2000 characters, else the block in an embed's description (4096).
   */
  MessageCreateData customerReply(CustomerReply reply, String lang) {
    String heading = renderer.customerReplyHeading(reply, lang);
    String block = renderer.customerReplyBlock(reply);
    MessageCreateBuilder message = new MessageCreateBuilder().setAllowedMentions(NO_MENTIONS);
    if (heading.length() + 1 + block.length() <= Message.MAX_CONTENT_LENGTH) {
      return message.setContent(heading + "\n" + block).build();
    }
    String text = reply.text();
    int room = MessageEmbed.DESCRIPTION_MAX_LENGTH - 8;
    if (block.length() > MessageEmbed.DESCRIPTION_MAX_LENGTH) {
      text = text.substring(0, room - 2) + "…\n";
    }
    return message
        .setContent(heading)
        .setEmbeds(
            new EmbedBuilder()
                .setDescription(
                    renderer.customerReplyBlock(new CustomerReply(reply.language(), text)))
                .build())
        .build();
  }

  /** A command turned away at once, as a new private reply. */
  MessageCreateData created(Outcome outcome) {
    return new MessageCreateBuilder()
        .setContent(content(outcome))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  /** The answer to a command: the report's embed and buttons, or the outcome's text. */
  MessageEditData outcome(Outcome outcome, String commandText, boolean ephemeral) {
    if (!(outcome instanceof Outcome.Answered answered)) {
      return text(content(outcome));
    }
    MessageEmbed embed = renderer.render(answered.report(), answered.lang(), answered.notices());
    Messages messages = Messages.of(answered.lang());
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

  /** A watch's one message: the report's embed with the watch's note, without buttons. */
  MessageCreateData watchMessage(Outcome outcome) {
    if (!(outcome instanceof Outcome.Answered answered)) {
      return created(outcome);
    }
    return new MessageCreateBuilder()
        .setEmbeds(List.of(renderer.render(answered.report(), answered.lang(), answered.notices())))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  /** A chat text of the bundles as a new (ephemeral) reply. */
  MessageCreateData created(String lang, String key, Map<String, String> params) {
    return new MessageCreateBuilder()
        .setContent(renderer.text(lang, key, params))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  private String content(Outcome outcome) {
    if (outcome instanceof Outcome.Refused refused) {
      return renderer.refusal(refused.refusal(), refused.lang());
    }
    return renderer.text(outcome.lang(), outcome.messageKey(), outcome.params());
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
