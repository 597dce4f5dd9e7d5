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
 */
public record BotConfig(
    java.nio.file.Path directory,
    String locale,
    List<InetSocketAddress> resolvers,
    int authoritativePort,
    Duration queryTimeout,
    Duration deadline,
    List<String> deniedSuffixes) {

  public BotConfig {
    resolvers = List.copyOf(resolvers);
    deniedSuffixes = List.copyOf(deniedSuffixes);
  }

  public BotConfig withResolvers(List<InetSocketAddress> newResolvers) {
    return new BotConfig(
        directory, locale, newResolvers, authoritativePort, queryTimeout, deadline, deniedSuffixes);
  }

  public BotConfig withAuthoritativePort(int port) {
    return new BotConfig(
        directory, locale, resolvers, port, queryTimeout, deadline, deniedSuffixes);
  }

  public BotConfig withLocale(String newLocale) {
    return new BotConfig(
        directory, newLocale, resolvers, authoritativePort, queryTimeout, deadline, deniedSuffixes);
  }

  public BotConfig withDeadline(Duration newDeadline) {
    return new BotConfig(
        directory, locale, resolvers, authoritativePort, queryTimeout, newDeadline, deniedSuffixes);
  }
}
