package dev.mxbot.chat.discord;

import dev.mxbot.config.BotConfig;
import dev.mxbot.i18n.Messages;
import jakarta.inject.Inject;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * The language of an answer: the user's Discord locale when mxbot speaks it, else the guild's, else
 * the configured default. A {@code lang} option overrides all three (in the command text).
 */
final class ReplyLanguage {

  private final String fallback;

  @Inject
  ReplyLanguage(BotConfig config) {
    this.fallback = config.locale();
  }

  String pick(DiscordLocale user, DiscordLocale guild) {
    for (DiscordLocale locale : new DiscordLocale[] {user, guild}) {
      if (locale != null && locale != DiscordLocale.UNKNOWN) {
        String primary = locale.getLocale().toLowerCase(Locale.ROOT).split("-")[0];
        if (Messages.LANGUAGES.contains(primary)) {
          return primary;
        }
      }
    }
    return fallback;
  }
}
