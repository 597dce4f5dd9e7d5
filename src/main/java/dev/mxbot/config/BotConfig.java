package dev.mxbot.config;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * The bot's settings, from {@code bot-config/mxbot.yaml} and command-line overrides. Immutable.
 *
 * @param directory the configuration directory ({@code bot-config})
 * @param locale default reply language
 * @param resolvers recursive resolvers; empty = the system's
 * @param authoritativePort port used to query nameservers directly
 * @param queryTimeout per DNS query
 * @param deadline whole report
 * @param deniedSuffixes names refused as input, with everything under them
 * @param checksPerUserPerMinute rate limit of {@code /mx} per chat user
 * @param slack the Slack adapter's settings
 * @param discord the Discord adapter's settings
 * @param ops the operations listener and log format
 */
public record BotConfig(
    java.nio.file.Path directory,
    String locale,
    List<InetSocketAddress> resolvers,
    int authoritativePort,
    Duration queryTimeout,
    Duration deadline,
    List<String> deniedSuffixes,
    int checksPerUserPerMinute,
    SlackSettings slack,
    DiscordSettings discord,
    OpsSettings ops) {

  public BotConfig {
    resolvers = List.copyOf(resolvers);
    deniedSuffixes = List.copyOf(deniedSuffixes);
  }

  /** Settings with the default {@code ops} section. */
  public BotConfig(
      java.nio.file.Path directory,
      String locale,
      List<InetSocketAddress> resolvers,
      int authoritativePort,
      Duration queryTimeout,
      Duration deadline,
      List<String> deniedSuffixes,
      int checksPerUserPerMinute,
      SlackSettings slack,
      DiscordSettings discord) {
    this(
        directory,
        locale,
        resolvers,
        authoritativePort,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        discord,
        OpsSettings.DEFAULTS);
  }

  /** The settings before any file is read. */
  public static BotConfig defaults(java.nio.file.Path directory) {
    return new BotConfig(
        directory,
        "en",
        List.of(),
        53,
        Duration.ofSeconds(2),
        Duration.ofSeconds(8),
        dev.mxbot.core.InputPolicy.DEFAULT_DENIED_SUFFIXES,
        10,
        SlackSettings.DEFAULTS,
        DiscordSettings.DEFAULTS);
  }

  public BotConfig withResolvers(List<InetSocketAddress> value) {
    return new BotConfig(
        directory,
        locale,
        value,
        authoritativePort,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        discord,
        ops);
  }

  public BotConfig withAuthoritativePort(int value) {
    return new BotConfig(
        directory,
        locale,
        resolvers,
        value,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        discord,
        ops);
  }

  public BotConfig withLocale(String value) {
    return new BotConfig(
        directory,
        value,
        resolvers,
        authoritativePort,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        discord,
        ops);
  }

  public BotConfig withDeadline(Duration value) {
    return new BotConfig(
        directory,
        locale,
        resolvers,
        authoritativePort,
        queryTimeout,
        value,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        discord,
        ops);
  }

  public BotConfig withSlack(SlackSettings value) {
    return new BotConfig(
        directory,
        locale,
        resolvers,
        authoritativePort,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        value,
        discord,
        ops);
  }

  public BotConfig withDiscord(DiscordSettings value) {
    return new BotConfig(
        directory,
        locale,
        resolvers,
        authoritativePort,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        value,
        ops);
  }

  public BotConfig withOps(OpsSettings value) {
    return new BotConfig(
        directory,
        locale,
        resolvers,
        authoritativePort,
        queryTimeout,
        deadline,
        deniedSuffixes,
        checksPerUserPerMinute,
        slack,
        discord,
        value);
  }
}
