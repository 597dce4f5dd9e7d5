package dev.mxbot.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code slack} section of {@code mxbot.yaml}. Secrets are not here: they come from the
 * environment only.
 *
 * @param mode {@code auto}, {@code socket} or {@code http}
 * @param httpPort HTTP mode listener port
 * @param httpPath HTTP mode route
 * @param apiUrl Web API base URL (Slack-compatible endpoints, tests)
 * @param allowedTeams workspace (team) ids allowed to use the bot; empty = any
 * @param allowedChannels channel ids allowed; empty = any
 * @param locales default reply language per team id or channel id (channel wins)
 */
public record SlackSettings(
    String mode,
    int httpPort,
    String httpPath,
    String apiUrl,
    List<String> allowedTeams,
    List<String> allowedChannels,
    Map<String, String> locales) {

  public static final SlackSettings DEFAULTS =
      new SlackSettings(
          "auto", 3000, "/slack/events", "https://slack.com/api/", List.of(), List.of(), Map.of());

  public SlackSettings {
    allowedTeams = List.copyOf(allowedTeams);
    allowedChannels = List.copyOf(allowedChannels);
    locales = Map.copyOf(locales);
  }
}
