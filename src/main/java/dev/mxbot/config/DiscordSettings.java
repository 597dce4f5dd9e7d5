package dev.mxbot.config;

import java.util.List;
import java.util.Optional;

/**
 * The {@code discord} section of {@code mxbot.yaml}. The token is not here: it comes from the
 * environment only.
 *
 * @param restUrl REST base URL; empty = Discord's
 * @param gatewayUrl gateway URL; empty = Discord's
 * @param commandGuilds guild ids where {@code /mx} is registered directly (instant); empty = global
 * @param allowedGuilds guild ids allowed to use the bot; empty = any
 * @param requiredRoles role ids of which a member needs one; empty = none needed
 * @param shards sharding of this replica, when configured
 */
public record DiscordSettings(
    Optional<String> restUrl,
    Optional<String> gatewayUrl,
    List<String> commandGuilds,
    List<String> allowedGuilds,
    List<String> requiredRoles,
    Optional<Shards> shards) {

  public static final DiscordSettings DEFAULTS =
      new DiscordSettings(
          Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());

  public DiscordSettings {
    commandGuilds = List.copyOf(commandGuilds);
    allowedGuilds = List.copyOf(allowedGuilds);
    requiredRoles = List.copyOf(requiredRoles);
  }

  /** {@code total} shards overall; this replica runs {@code from} to {@code to}, inclusive. */
  public record Shards(int total, int from, int to) {}
}
