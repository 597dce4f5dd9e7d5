package dev.mxbot.chat.discord;

import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.RateLimiter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before anything is queried, whether a caller may run a check: the access policy (allowed
 * guilds, required roles), then the per-user rate limit shared with the other adapters.
 */
final class Gate {

  private final AccessPolicy policy;
  private final RateLimiter limiter;

  @Inject
  Gate(AccessPolicy policy, RateLimiter limiter) {
    this.policy = policy;
    this.limiter = limiter;
  }

  /** Why the caller is turned away (a message key and its values), or empty to go ahead. */
  Optional<Refusal> check(Caller caller) {
    Optional<Refusal> access = access(caller);
    if (access.isPresent()) {
      return access;
    }
    Optional<Duration> wait = limiter.tryAcquire(caller.rateKey());
    return wait.map(
        d -> new Refusal("chat.rateLimited", Map.of("seconds", Long.toString(d.toSeconds()))));
  }

  /** The access policy alone (for actions that run no check, such as sharing). */
  Optional<Refusal> access(Caller caller) {
    boolean allowed =
        !caller.guildId().isEmpty()
            && policy.allows(caller.guildId(), caller.channelId(), caller.roles());
    return allowed ? Optional.empty() : Optional.of(new Refusal("chat.notAllowed", Map.of()));
  }

  /** A message key with its values. */
  record Refusal(String key, Map<String, String> params) {}
}
