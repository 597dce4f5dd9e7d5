package dev.mxbot.chat.discord;

import dev.mxbot.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The {@code /mx} slash command as registered: a required {@code domain}, optional {@code dkim},
 * {@code share}, {@code lang} and {@code reply} (the customer reply's language, a choice like
 * {@code lang}); descriptions in every shipped language (Discord's locales for each: Portuguese is
 * {@code pt-BR}, Spanish also {@code es-419}). Usable in servers only, by members who may send
 * messages (admins can narrow it in the server's integration settings).
 */
final class CommandDefinition {

  static final String NAME = "mx";
  static final String DOMAIN = "domain";
  static final String DKIM = "dkim";
  static final String SHARE = "share";
  static final String LANG = "lang";
  static final String REPLY = "reply";

  /** Discord locales per shipped language; English is the base text. */
  private static final Map<String, List<DiscordLocale>> LOCALES =
      Map.of(
          "en", List.of(DiscordLocale.ENGLISH_US, DiscordLocale.ENGLISH_UK),
          "it", List.of(DiscordLocale.ITALIAN),
          "fr", List.of(DiscordLocale.FRENCH),
          "de", List.of(DiscordLocale.GERMAN),
          "es", List.of(DiscordLocale.SPANISH, DiscordLocale.SPANISH_LATAM),
          "pl", List.of(DiscordLocale.POLISH),
          "pt", List.of(DiscordLocale.PORTUGUESE_BRAZILIAN));

  private CommandDefinition() {}

  static SlashCommandData mx() {
    Messages en = Messages.of("en");
    SlashCommandData command =
        Commands.slash(NAME, en.get("discord.command.description"))
            .setContexts(InteractionContextType.GUILD)
            .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_SEND));
    for (String lang : Messages.LANGUAGES) {
      for (DiscordLocale locale : LOCALES.get(lang)) {
        command.setDescriptionLocalization(
            locale, Messages.of(lang).get("discord.command.description"));
      }
    }
    command.addOptions(
        option(OptionType.STRING, DOMAIN, true).setMaxLength(300),
        option(OptionType.STRING, DKIM, false).setMaxLength(253),
        option(OptionType.BOOLEAN, SHARE, false),
        languages(option(OptionType.STRING, LANG, false)),
        languages(option(OptionType.STRING, REPLY, false)));
    return command;
  }

  private static OptionData option(OptionType type, String name, boolean required) {
    OptionData option =
        new OptionData(type, name, Messages.of("en").get("discord.option." + name), required);
    for (String lang : Messages.LANGUAGES) {
      for (DiscordLocale locale : LOCALES.get(lang)) {
        option.setDescriptionLocalization(locale, Messages.of(lang).get("discord.option." + name));
      }
    }
    return option;
  }

  private static OptionData languages(OptionData option) {
    for (String lang : Messages.LANGUAGES) {
      Locale locale = Locale.forLanguageTag(lang);
      option.addChoice(locale.getDisplayLanguage(locale), lang);
    }
    return option;
  }
}
