package dev.mxbot.chat.discord;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.config.DiscordSettings;
import java.util.Set;

/**
 * Wires the Discord adapter into a child injector of the application: the settings, the token and
 * the {@link ChatService}. Only wiring: the gateway connection opens in {@code start()}.
 */
public final class DiscordModule extends AbstractModule {

  private final DiscordSettings settings;
  private final DiscordToken token;

  public DiscordModule(DiscordSettings settings, DiscordToken token) {
    this.settings = settings;
    this.token = token;
  }

  @Override
  protected void configure() {
    bind(DiscordSettings.class).toInstance(settings);
    bind(DiscordToken.class).toInstance(token);
    bind(ChatService.class).to(DiscordChat.class).in(Singleton.class);
  }

  /**
   * The pipeline of Discord commands: guilds by {@code discord.allowedGuilds}, a role of {@code
   * discord.requiredRoles}; never from a DM.
   */
  @Provides
  @Singleton
  RequestPipeline pipeline(Pipelines pipelines, DiscordSettings discord) {
    AccessPolicy access =
        new AccessPolicy(
            Set.copyOf(discord.allowedGuilds()),
            Set.of(),
            Set.copyOf(discord.requiredRoles()),
            true);
    return pipelines.create(Platform.chat("discord", access));
  }
}
