package dev.mxbot.chat.discord;

import dev.mxbot.chat.CommandEvents;
import dev.mxbot.config.DiscordSettings;
import jakarta.inject.Inject;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives gateway events. Everything here runs on JDA's gateway thread, so it only decides and
 * acknowledges (refusals are cheap and answered at once, privately); the diagnosis runs in {@link
 * Answers}. On ready, the first shard of this replica keeps {@code /mx} registered.
 */
final class MxListener extends ListenerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(MxListener.class);

  private final DiscordSettings settings;
  private final CommandRegistration registration;
  private final Gate gate;
  private final ReplyLanguage language;
  private final Answers answers;
  private final Replies replies;
  private final CommandEvents events;

  @Inject
  MxListener(
      DiscordSettings settings,
      CommandRegistration registration,
      Gate gate,
      ReplyLanguage language,
      Answers answers,
      Replies replies,
      CommandEvents events) {
    this.settings = settings;
    this.registration = registration;
    this.gate = gate;
    this.language = language;
    this.answers = answers;
    this.replies = replies;
    this.events = events;
  }

  @Override
  public void onReady(ReadyEvent event) {
    int first = settings.shards().map(DiscordSettings.Shards::from).orElse(0);
    if (event.getJDA().getShardInfo().getShardId() == first) {
      registration
          .register(event.getJDA())
          .exceptionally(
              e -> {
                LOG.warn("discord: could not register /mx: {}", e.toString());
                return null;
              });
    }
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(CommandDefinition.NAME)) {
      return;
    }
    Caller caller = Caller.of(event, event.getUser().getId(), event.getChannelId());
    String lang = language.pick(event.getUserLocale(), event.getGuildLocale());
    if (refused(event, caller, lang)) {
      return;
    }
    boolean share = CommandText.share(event);
    event.deferReply(!share).queue();
    answers.answer(event.getHook(), caller, CommandText.of(event), lang, !share);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    if (!id.startsWith("mx:")) {
      return;
    }
    Caller caller = Caller.of(event, event.getUser().getId(), event.getChannelId());
    String lang = language.pick(event.getUserLocale(), event.getGuildLocale());
    if (id.equals(Replies.SHARE_ID)) {
      share(event, caller, lang);
    } else if (id.startsWith(Replies.RECHECK_PREFIX) && !refused(event, caller, lang)) {
      event.deferEdit().queue();
      boolean ephemeral = event.getMessage().isEphemeral();
      answers.answer(
          event.getHook(), caller, id.substring(Replies.RECHECK_PREFIX.length()), lang, ephemeral);
    }
  }

  /** Posts the private report publicly, as it is, under "Shared by …". */
  private void share(ButtonInteractionEvent event, Caller caller, String lang) {
    Optional<Gate.Refusal> refusal = gate.access(caller);
    if (refusal.isPresent()) {
      reply(event, lang, refusal.get());
      return;
    }
    event
        .reply(
            replies.shared(
                event.getMessage().getEmbeds(), lang, event.getUser().getEffectiveName()))
        .setEphemeral(false)
        .queue();
  }

  private boolean refused(IReplyCallback event, Caller caller, String lang) {
    Optional<Gate.Refusal> refusal = gate.check(caller);
    refusal.ifPresent(
        r -> {
          boolean limited = r.key().equals("chat.rateLimited");
          Answers.log(
              caller, "-", limited ? "rate_limited" : "refused:not_allowed", 0, Answers.ref());
          if (limited) {
            events.rateLimited("discord");
          } else {
            events.refused("discord", "not_allowed");
          }
          reply(event, lang, r);
        });
    return refusal.isPresent();
  }

  private void reply(IReplyCallback event, String lang, Gate.Refusal refusal) {
    event.reply(replies.created(lang, refusal.key(), refusal.params())).setEphemeral(true).queue();
  }
}
