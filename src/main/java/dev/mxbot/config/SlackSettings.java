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
 * @param maxBodyReads HTTP mode: request bodies read at once before their signature is checked;
 *     past that, a signed-looking request is answered 503 at once instead of waiting for a slot
 *     (each read ends within 5 s, so stalled senders cannot hold the slots for long)
 */
public record SlackSettings(
    String mode,
    int httpPort,
    String httpPath,
    String apiUrl,
    List<String> allowedTeams,
    List<String> allowedChannels,
    Map<String, String> locales,
    int maxBodyReads) {

  /** The default of {@link #maxBodyReads}. */
  public static final int DEFAULT_MAX_BODY_READS = 512;

  public static final SlackSettings DEFAULTS =
      new SlackSettings(
          "auto", 3000, "/slack/events", "https://slack.com/api/", List.of(), List.of(), Map.of());

  public SlackSettings {
    allowedTeams = List.copyOf(allowedTeams);
    allowedChannels = List.copyOf(allowedChannels);
    locales = Map.copyOf(locales);
    if (maxBodyReads < 1) {
      throw new IllegalArgumentException("maxBodyReads must be positive: " + maxBodyReads);
    }
  }

  /** These settings with the default {@link #maxBodyReads} ({@value #DEFAULT_MAX_BODY_READS}). */
  public SlackSettings(
      String mode,
      int httpPort,
      String httpPath,
      String apiUrl,
      List<String> allowedTeams,
      List<String> allowedChannels,
      Map<String, String> locales) {
    this(
        mode,
        httpPort,
        httpPath,
        apiUrl,
        allowedTeams,
        allowedChannels,
        locales,
        DEFAULT_MAX_BODY_READS);
  }

  /** These settings with {@code slots} unauthenticated bodies read at once. */
  public SlackSettings withMaxBodyReads(int slots) {
    return new SlackSettings(
        mode, httpPort, httpPath, apiUrl, allowedTeams, allowedChannels, locales, slots);
  }
}
