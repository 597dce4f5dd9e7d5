package dev.mxbot.config;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every key of {@code mxbot.yaml} with the value in effect, in the file's order, written as the
 * file would take it ({@code 2s}, {@code [a, b]}, {@code {T0123: it}}), for {@code mxbot config}.
 * Pure.
 */
public final class EffectiveConfig {

  /** One key and its value as text. */
  public record Entry(String key, String value) {}

  private EffectiveConfig() {}

  /** The keys of {@code config}, in the order of the shipped {@code mxbot.yaml}. */
  public static List<Entry> entries(BotConfig config) {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("locale", config.locale()));
    entries.add(
        new Entry(
            "dns.resolvers",
            list(config.resolvers().stream().map(EffectiveConfig::address).toList())));
    entries.add(new Entry("dns.authoritativePort", Integer.toString(config.authoritativePort())));
    entries.add(new Entry("dns.timeout", duration(config.queryTimeout())));
    entries.add(
        new Entry("dns.allowPrivateAddresses", Boolean.toString(config.allowPrivateAddresses())));
    entries.add(
        new Entry("dns.maxInFlightPerServer", Integer.toString(config.maxInFlightPerServer())));
    entries.add(new Entry("diagnosis.deadline", duration(config.deadline())));
    entries.add(new Entry("mtaSts.httpsPort", Integer.toString(config.mtaStsHttpsPort())));
    entries.add(
        new Entry(
            "tls.extraCertificates",
            optional(config.extraCertificates().map(Object::toString), "none")));
    SmtpProbeSettings smtp = config.smtp();
    entries.add(new Entry("smtp.probe", Boolean.toString(smtp.probe())));
    entries.add(new Entry("smtp.port", Integer.toString(smtp.port())));
    entries.add(new Entry("smtp.timeout", duration(smtp.timeout())));
    entries.add(new Entry("smtp.heloName", smtp.heloName()));
    entries.add(
        new Entry(
            "smtp.controlHost", optional(smtp.controlHost(), "the home provider's first MX")));
    entries.add(new Entry("input.deniedSuffixes", list(config.deniedSuffixes())));
    entries.add(
        new Entry(
            "rateLimit.checksPerUserPerMinute", Integer.toString(config.checksPerUserPerMinute())));
    entries.add(
        new Entry(
            "rateLimit.dnsQuestionsPerUserPerMinute",
            Integer.toString(config.dnsQuestionsPerUserPerMinute())));
    entries.add(
        new Entry(
            "rateLimit.dnsQuestionsPerMinute", Integer.toString(config.dnsQuestionsPerMinute())));
    SlackSettings slack = config.slack();
    entries.add(new Entry("slack.mode", slack.mode()));
    entries.add(new Entry("slack.http.port", Integer.toString(slack.httpPort())));
    entries.add(new Entry("slack.http.path", slack.httpPath()));
    entries.add(new Entry("slack.http.maxBodyReads", Integer.toString(slack.maxBodyReads())));
    entries.add(new Entry("slack.apiUrl", slack.apiUrl()));
    entries.add(new Entry("slack.allowedTeams", list(slack.allowedTeams())));
    entries.add(new Entry("slack.allowedChannels", list(slack.allowedChannels())));
    entries.add(new Entry("slack.locales", map(slack.locales())));
    DiscordSettings discord = config.discord();
    entries.add(new Entry("discord.restUrl", optional(discord.restUrl(), "Discord's")));
    entries.add(new Entry("discord.gatewayUrl", optional(discord.gatewayUrl(), "Discord's")));
    entries.add(new Entry("discord.commandGuilds", list(discord.commandGuilds())));
    entries.add(new Entry("discord.allowedGuilds", list(discord.allowedGuilds())));
    entries.add(new Entry("discord.requiredRoles", list(discord.requiredRoles())));
    entries.add(
        new Entry(
            "discord.shards",
            optional(
                discord
                    .shards()
                    .map(
                        s ->
                            "{total: "
                                + s.total()
                                + ", from: "
                                + s.from()
                                + ", to: "
                                + s.to()
                                + "}"),
                "none")));
    OpsSettings ops = config.ops();
    entries.add(new Entry("ops.port", Integer.toString(ops.port())));
    entries.add(new Entry("ops.host", ops.host()));
    entries.add(new Entry("ops.logFormat", ops.logFormat()));
    StoreSettings store = config.store();
    entries.add(new Entry("store.url", StoreUrls.shown(store.effectiveUrl())));
    entries.add(new Entry("store.user", optional(store.user(), "none")));
    entries.add(new Entry("store.retention", duration(store.retention())));
    WatchSettings watch = config.watch();
    entries.add(new Entry("watch.interval", duration(watch.interval())));
    entries.add(new Entry("watch.maxDuration", duration(watch.maxDuration())));
    entries.add(new Entry("watch.maxPerUser", Integer.toString(watch.maxPerUser())));
    entries.add(new Entry("watch.maxActive", Integer.toString(watch.maxActive())));
    entries.add(
        new Entry("watch.dnsQuestionsPerMinute", Integer.toString(watch.dnsQuestionsPerMinute())));
    return List.copyOf(entries);
  }

  /** {@code 2s}, {@code 500ms}, {@code 1.5s}: whole seconds when they are whole. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 86_400_000 == 0) {
      return millis / 86_400_000 + "d";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return millis < 1000 ? millis + "ms" : millis / 1000.0 + "s";
  }

  private static String address(InetSocketAddress address) {
    String host = address.getAddress().getHostAddress();
    return (address.getAddress() instanceof Inet6Address ? "[" + host + "]" : host)
        + ":"
        + address.getPort();
  }

  private static String list(List<String> items) {
    return "[" + String.join(", ", items) + "]";
  }

  private static String map(Map<String, String> entries) {
    return new TreeMap<>(entries)
        .entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String optional(Optional<String> value, String absent) {
    return value.orElse("(" + absent + ")");
  }
}
