package dev.mxbot.chat.discord;

import java.util.Locale;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Turns the slash command's options into the text {@link dev.mxbot.chat.CommandRouter} parses, as
 * if typed after {@code /mx}: {@code <domain> [dkim=<selector>]... [lang=<xx>]}. Sharing is decided
 * by the adapter (before deferring), so it is not part of the text.
 */
final class CommandText {

  private CommandText() {}

  static String of(SlashCommandInteractionEvent event) {
    StringBuilder text = new StringBuilder(string(event, CommandDefinition.DOMAIN));
    for (String selector : string(event, CommandDefinition.DKIM).split("[\\s,;]+")) {
      if (!selector.isEmpty()) {
        text.append(" dkim=").append(selector);
      }
    }
    String lang = string(event, CommandDefinition.LANG).strip();
    if (!lang.isEmpty()) {
      text.append(" lang=").append(lang.toLowerCase(Locale.ROOT).replaceAll("\\s", ""));
    }
    return text.toString();
  }

  static boolean share(SlashCommandInteractionEvent event) {
    OptionMapping option = event.getOption(CommandDefinition.SHARE);
    return option != null && option.getAsBoolean();
  }

  private static String string(SlashCommandInteractionEvent event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null ? "" : option.getAsString();
  }
}
