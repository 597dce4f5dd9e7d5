package dev.mxbot.chat.discord;

import dev.mxbot.chat.Admission;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.config.DiscordSettings;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives gateway events and translates them for the {@link RequestPipeline}: a slash command's
 * typed options become the request directly ({@link MxRequest#ofOptions}), a "Re-check" button's id
 * the text it carries. Everything here runs on JDA's gateway thread, so it only decides and
 * acknowledges: a command turned away is answered at once, privately; an accepted one is deferred
 * and its answer edited in once ready. On ready, the first shard of this replica keeps {@code /mx}
 * registered.
 */
final class MxListener implements EventListener {

  private static final Logger LOG = LoggerFactory.getLogger(MxListener.class);

  private final DiscordSettings settings;
  private final CommandRegistration registration;
  private final RequestPipeline pipeline;
  private final ReplyLanguage language;
  private final Replies replies;

  @Inject
  MxListener(
      DiscordSettings settings,
      CommandRegistration registration,
      RequestPipeline pipeline,
      ReplyLanguage language,
      Replies replies) {
    this.settings = settings;
    this.registration = registration;
    this.pipeline = pipeline;
    this.language = language;
    this.replies = replies;
  }

  /**
   * Hands each event to its method by type. Not JDA's {@code ListenerAdapter}: that finds the
   * method by reflection and calls it through a method handle, which cost about 10 ms the first
   * time each event type came (the first command's acknowledgement, on a cold JVM).
   */
  @Override
  public void onEvent(GenericEvent event) {
    if (event instanceof SlashCommandInteractionEvent command) {
      onSlashCommandInteraction(command);
    } else if (event instanceof ButtonInteractionEvent button) {
      onButtonInteraction(button);
    } else if (event instanceof ReadyEvent ready) {
      onReady(ready);
    }
  }

  void onReady(ReadyEvent event) {
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

  void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(CommandDefinition.NAME)) {
      return;
    }
    String lang = language.pick(event.getUserLocale(), event.getGuildLocale());
    ParsedRequest parsed = request(event);
    boolean ephemeral = !(parsed.isAccepted() && parsed.request().share());
    CompletableFuture<Object> deferred = new CompletableFuture<>();
    Admission admission =
        pipeline.admit(
            caller(event),
            parsed,
            lang,
            Optional.of(replies.editing(event.getHook(), recheckText(parsed), ephemeral)),
            deferred);
    if (admission instanceof Admission.Answer turnedAway) {
      event.reply(replies.created(turnedAway.outcome())).setEphemeral(true).queue();
    } else {
      event.deferReply(ephemeral).submit().whenComplete((done, failure) -> deferred.complete(""));
    }
  }

  /**
   * What {@link #onSlashCommandInteraction} reads of a command and builds to answer it — the
   * language, the request, the caller, the answer's editor, the acknowledgement — for {@link
   * JdaWarmUp}: nothing is admitted, queued or sent.
   */
  void readWithoutAnswering(SlashCommandInteractionEvent event) {
    language.pick(event.getUserLocale(), event.getGuildLocale());
    ParsedRequest parsed = request(event);
    caller(event);
    replies.editing(event.getHook(), recheckText(parsed), true);
    event.deferReply(true);
  }

  private ParsedRequest request(SlashCommandInteractionEvent event) {
    return MxRequest.ofOptions(
        option(event, CommandDefinition.DOMAIN),
        option(event, CommandDefinition.DKIM),
        option(event, CommandDefinition.LANG),
        option(event, CommandDefinition.REPLY),
        isShared(event),
        new LinkedHashSet<>(pipeline.languages()));
  }

  void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    if (!id.startsWith("mx:")) {
      return;
    }
    String lang = language.pick(event.getUserLocale(), event.getGuildLocale());
    if (id.equals(Replies.SHARE_ID)) {
      share(event, lang);
    } else if (id.startsWith(Replies.RECHECK_PREFIX)) {
      recheck(event, id.substring(Replies.RECHECK_PREFIX.length()), lang);
    }
  }

  /** Runs the command of a report again and replaces the report with the new one. */
  private void recheck(ButtonInteractionEvent event, String text, String lang) {
    ParsedRequest parsed = MxRequest.parse(text, new LinkedHashSet<>(pipeline.languages()));
    CompletableFuture<Object> deferred = new CompletableFuture<>();
    Admission admission =
        pipeline.admit(
            caller(event),
            parsed,
            lang,
            Optional.of(
                replies.editing(
                    event.getHook(), recheckText(parsed), event.getMessage().isEphemeral())),
            deferred);
    if (admission instanceof Admission.Answer turnedAway) {
      event.reply(replies.created(turnedAway.outcome())).setEphemeral(true).queue();
    } else {
      event.deferEdit().submit().whenComplete((done, failure) -> deferred.complete(""));
    }
  }

  /** Posts the private report publicly, as it is, under "Shared by …". */
  private void share(ButtonInteractionEvent event, String lang) {
    Caller caller = caller(event);
    if (!pipeline.platform().access().allows(caller.space(), caller.channel(), caller.roles())) {
      event.reply(replies.created(new Outcome.NotAllowed(lang))).setEphemeral(true).queue();
      return;
    }
    event
        .reply(
            replies.shared(
                event.getMessage().getEmbeds(), lang, event.getUser().getEffectiveName()))
        .setEphemeral(false)
        .queue();
  }

  /** What a report's "Re-check" runs again: its domain with the request's options. */
  static Function<Outcome, String> recheckText(ParsedRequest parsed) {
    return outcome ->
        outcome instanceof Outcome.Answered answered && parsed.isAccepted()
            ? parsed.request().commandText(answered.report().input())
            : "";
  }

  private static Caller caller(GenericInteractionCreateEvent event) {
    return Members.caller(event, event.getUser().getId(), event.getChannelId());
  }

  private static boolean isShared(SlashCommandInteractionEvent event) {
    OptionMapping option = event.getOption(CommandDefinition.SHARE);
    return option != null && option.getAsBoolean();
  }

  private static String option(SlashCommandInteractionEvent event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null ? "" : option.getAsString();
  }
}
