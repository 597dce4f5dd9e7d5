package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.discord.DiscordModule;
import dev.mxbot.chat.discord.DiscordToken;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.Secrets;
import dev.mxbot.ops.LogGuard;
import java.util.Optional;

/**
 * Discord as {@code serve} sees it: started when {@code DISCORD_TOKEN} is set. JDA classes load
 * only when this adapter creates its service, so {@code check} and {@code console} stay light. The
 * token is handed to {@link LogGuard#hide(String)}: no log line shows it, whoever logs it.
 */
public final class DiscordAdapter implements ChatAdapter {

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public Optional<ChatService> create(Application app, Secrets secrets) {
    return secrets
        .get(Secrets.DISCORD_TOKEN)
        .map(
            token -> {
              LogGuard.hide(token);
              return app.chatService(
                  new DiscordModule(app.config().discord(), new DiscordToken(token)));
            });
  }

  @Override
  public Optional<String> plan(BotConfig config, Secrets secrets) {
    if (!secrets.has(Secrets.DISCORD_TOKEN)) {
      return Optional.empty();
    }
    return Optional.of(
        config
            .discord()
            .shards()
            .map(s -> "gateway, shards " + s.from() + "-" + s.to() + " of " + s.total())
            .orElse("gateway"));
  }

  @Override
  public String missing(Secrets secrets) {
    return Secrets.DISCORD_TOKEN + " is not set";
  }
}
