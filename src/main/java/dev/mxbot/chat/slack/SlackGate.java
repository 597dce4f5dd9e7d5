package dev.mxbot.chat.slack;

import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.RateLimiter;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.render.SlackMessage;
import dev.mxbot.render.SlackRenderer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two questions asked before anything is queried: may this workspace and channel use {@code
 * /mx} at all ({@code slack.allowedTeams}, {@code slack.allowedChannels}) (else a polite refusal),
 * and is this user within the rate limit (key {@code slack:<team>:<user>}; else "try again in N
 * s"). Safe for concurrent use.
 */
final class SlackGate {

  private final AccessPolicy policy;
  private final RateLimiter limiter;
  private final SlackRenderer renderer;

  @Inject
  SlackGate(SlackSettings settings, RateLimiter limiter, SlackRenderer renderer) {
    this.policy =
        new AccessPolicy(
            Set.copyOf(settings.allowedTeams()), Set.copyOf(settings.allowedChannels()), Set.of());
    this.limiter = limiter;
    this.renderer = renderer;
  }

  /** The refusal to show when this workspace or channel is not allowed; empty when it is. */
  Optional<SlackMessage> access(String team, String channel, String lang) {
    boolean allowed =
        policy.allows(team == null ? "" : team, channel == null ? "" : channel, List.of());
    return allowed
        ? Optional.empty()
        : Optional.of(renderer.note(lang, "chat.notAllowed", Map.of()));
  }

  /** The user's key for the rate limits, e.g. {@code slack:T1:U2}. */
  static String rateKey(String team, String user) {
    return "slack:" + team + ":" + user;
  }

  /** Counts one check for the user; the "slow down" message when over a limit. */
  Optional<SlackMessage> rate(String team, String user, String lang) {
    return limiter
        .tryAcquire(rateKey(team, user))
        .map(
            wait ->
                renderer.note(
                    lang, "chat.rateLimited", Map.of("seconds", String.valueOf(wait.toSeconds()))));
  }
}
