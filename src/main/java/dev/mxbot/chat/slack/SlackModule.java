package dev.mxbot.chat.slack;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.SlackSettings;
import java.util.Set;

/**
 * Wires the Slack adapter into a child injector of the application: the tokens, the transport of
 * the chosen {@link SlackMode}, the {@code slack} settings and default languages, and {@link
 * ChatService} as the Slack service. Only wiring: nothing connects before {@link
 * ChatService#start()}.
 */
public final class SlackModule extends AbstractModule {

  private final SlackTokens tokens;
  private final SlackMode mode;

  public SlackModule(SlackTokens tokens, SlackMode mode) {
    this.tokens = tokens;
    this.mode = mode;
  }

  @Override
  protected void configure() {
    bind(SlackTokens.class).toInstance(tokens);
    bind(SlackTransport.class).to(mode.transport());
    bind(ChatService.class).to(SlackService.class).in(Singleton.class);
    bind(AckSignals.class).in(Singleton.class);
    bind(WarmUpKey.class).in(Singleton.class);
  }

  /**
   * The pipeline of Slack commands: access by {@code slack.allowedTeams}/{@code allowedChannels}.
   */
  @Provides
  @Singleton
  RequestPipeline pipeline(Pipelines pipelines, SlackSettings settings) {
    return pipelines.create(
        Platform.chat(
            "slack",
            new AccessPolicy(
                Set.copyOf(settings.allowedTeams()),
                Set.copyOf(settings.allowedChannels()),
                Set.of())));
  }

  /**
   * Where {@link SlackWarmUp}'s own requests go: a warm-up world's pipeline while it runs in one,
   * else the same pipeline, unrecorded.
   */
  @Provides
  @Singleton
  WarmUpRoute warmUpRoute(Pipelines pipelines, RequestPipeline pipeline) {
    return new WarmUpRoute(pipelines.create(pipeline.platform().unrecorded()));
  }

  @Provides
  SlackSettings settings(BotConfig config) {
    return config.slack();
  }

  @Provides
  @Singleton
  SlackLanguages languages(SlackSettings settings, BotConfig config) {
    return new SlackLanguages(settings.locales(), config.locale());
  }
}
