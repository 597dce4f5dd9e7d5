package dev.mxbot.chat;

import java.util.Collection;
import java.util.Set;

/**
 * Who may use {@code /mx} on a platform: allowed spaces (Slack workspaces, Discord guilds), allowed
 * channels, and roles of which a member needs one. An empty list allows everything. With {@code
 * spaceRequired}, a command from outside any space (a Discord DM) is never allowed. Immutable.
 */
public record AccessPolicy(
    Set<String> spaces, Set<String> channels, Set<String> roles, boolean spaceRequired) {

  public static final AccessPolicy OPEN = new AccessPolicy(Set.of(), Set.of(), Set.of());

  public AccessPolicy {
    spaces = Set.copyOf(spaces);
    channels = Set.copyOf(channels);
    roles = Set.copyOf(roles);
  }

  /** A policy that lets commands come from outside any space. */
  public AccessPolicy(Set<String> spaces, Set<String> channels, Set<String> roles) {
    this(spaces, channels, roles, false);
  }

  /** True when a user in {@code space} and {@code channel}, holding {@code userRoles}, may ask. */
  public boolean allows(String space, String channel, Collection<String> userRoles) {
    return !(spaceRequired && space.isEmpty())
        && (spaces.isEmpty() || spaces.contains(space))
        && (channels.isEmpty() || channels.contains(channel))
        && (roles.isEmpty() || userRoles.stream().anyMatch(roles::contains));
  }
}
