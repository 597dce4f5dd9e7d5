package dev.mxbot.chat.slack;

import java.util.Map;

/**
 * The default reply language of a command: the channel's from {@code slack.locales}, else the
 * workspace's, else the bot's {@code locale}. {@code lang=} in the command overrides it (the router
 * handles that). Immutable.
 */
final class SlackLanguages {

  private final Map<String, String> locales;
  private final String fallback;

  SlackLanguages(Map<String, String> locales, String fallback) {
    this.locales = Map.copyOf(locales);
    this.fallback = fallback;
  }

  String defaultFor(String team, String channel) {
    if (channel != null && locales.containsKey(channel)) {
      return locales.get(channel);
    }
    if (team != null && locales.containsKey(team)) {
      return locales.get(team);
    }
    return fallback;
  }
}
