package dev.mxbot.config;

import dev.mxbot.configfile.ConfigNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code slack} and {@code discord} sections of {@code mxbot.yaml}. Pure. */
final class ChatSections {

  /**
   * The most {@code slack.http.maxBodyReads} accepted: more than the listener's open connections
   * (2,000) could never be used.
   */
  static final int MAX_BODY_READS = 2_000;

  private ChatSections() {}

  static SlackSettings slack(ConfigNode node) {
    SlackSettings d = SlackSettings.DEFAULTS;
    if (node.isMissing()) {
      return d;
    }
    node.requireKeys("mode", "http", "apiUrl", "allowedTeams", "allowedChannels", "locales");
    ConfigNode http = node.at("http");
    if (!http.isMissing()) {
      http.requireKeys("port", "path", "maxBodyReads");
    }
    String mode = node.at("mode").asOptionalText().orElse(d.mode());
    if (!List.of("auto", "socket", "http").contains(mode)) {
      throw node.at("mode").error("expected auto, socket or http, got \"" + mode + "\"");
    }
    String path = http.at("path").asOptionalText().orElse(d.httpPath());
    if (!path.startsWith("/")) {
      throw http.at("path").error("expected a path starting with /, got \"" + path + "\"");
    }
    return new SlackSettings(
        mode,
        http.at("port").isMissing() ? d.httpPort() : http.at("port").asInt(1, 65535),
        path,
        url(node.at("apiUrl")).orElse(d.apiUrl()),
        texts(node.at("allowedTeams")),
        texts(node.at("allowedChannels")),
        locales(node.at("locales")),
        http.at("maxBodyReads").isMissing()
            ? d.maxBodyReads()
            : http.at("maxBodyReads").asInt(1, MAX_BODY_READS));
  }

  static DiscordSettings discord(ConfigNode node) {
    if (node.isMissing()) {
      return DiscordSettings.DEFAULTS;
    }
    node.requireKeys(
        "restUrl", "gatewayUrl", "commandGuilds", "allowedGuilds", "requiredRoles", "shards");
    return new DiscordSettings(
        url(node.at("restUrl")),
        url(node.at("gatewayUrl")),
        texts(node.at("commandGuilds")),
        texts(node.at("allowedGuilds")),
        texts(node.at("requiredRoles")),
        shards(node.at("shards")));
  }

  private static Optional<DiscordSettings.Shards> shards(ConfigNode node) {
    if (node.isMissing()) {
      return Optional.empty();
    }
    node.requireKeys("total", "from", "to");
    int total = node.at("total").asInt(1, 65535);
    int from = node.at("from").asInt(0, total - 1);
    int to = node.at("to").asInt(from, total - 1);
    return Optional.of(new DiscordSettings.Shards(total, from, to));
  }

  private static Optional<String> url(ConfigNode node) {
    Optional<String> url = node.asOptionalText();
    if (url.isPresent() && !url.get().matches("(?i)(https?|wss?)://.+")) {
      throw node.error("expected an http(s):// or ws(s):// URL, got \"" + url.get() + "\"");
    }
    return url;
  }

  private static List<String> texts(ConfigNode node) {
    return node.asListOf(ConfigNode::asText);
  }

  private static Map<String, String> locales(ConfigNode node) {
    Map<String, String> locales = new LinkedHashMap<>();
    node.asMap()
        .forEach(
            (id, value) -> locales.put(id, ConfigValues.parsed(value, ConfigValues::language)));
    return locales;
  }
}
