package dev.mxbot.chat.slack;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.SlackSettings;

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
