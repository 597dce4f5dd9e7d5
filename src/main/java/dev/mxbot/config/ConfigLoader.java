package dev.mxbot.config;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.configfile.Overrides;
import dev.mxbot.configfile.ValueOrigins;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.dns.DnsSettings;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code mxbot.yaml} from the configuration directory into a {@link BotConfig}. A missing
 * file means defaults; a file that is there but is no regular file of at most 1 MiB (a symbolic
 * link leading nowhere, a directory, a FIFO, a device), an unknown key, a wrong type or an
 * impossible value stops with a {@link ConfigException} naming file, key, value and expectation.
 *
 * <p>Environment variables override any key ({@link Overrides}: {@code MXBOT_DNS_TIMEOUT=3s} sets
 * {@code dns.timeout}), with or without a file; a variable naming no key, or a bad value in one,
 * stops start-up naming the variable. Precedence: command line, environment, file, default.
 */
public final class ConfigLoader {

  public static final String FILE = "mxbot.yaml";

  private final Map<String, String> environment;

  /** Overrides from the process's environment. */
  public ConfigLoader() {
    this(System.getenv());
  }

  /** Overrides from {@code environment} (tests). */
  public ConfigLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The configuration in {@code directory}'s {@link #FILE}, with the environment's overrides. */
  public BotConfig load(Path directory) {
    return loadTraced(directory).config();
  }

  /**
   * The configuration together with where each key's value came from.
   *
   * @param config as {@link #load} reads it
   * @param file the file as shown in messages ({@code bot-config/mxbot.yaml}), read or not
   * @param origins where each key came from: the file, an environment variable, or its default
   */
  public record Traced(BotConfig config, String file, ValueOrigins origins) {}

  /**
   * Like {@link #load}, and also where each key's value came from ({@code mxbot config}); the
   * values and the errors are the same.
   */
  public Traced loadTraced(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigException(
          directory + ": the configuration directory does not exist (use --config DIR)");
    }
    Path file = directory.resolve(FILE);
    Overrides overrides = new Overrides(environment);
    ConfigNode tree = ConfigNode.readOrEmpty(file);
    if (tree.isMissing()) { // a file with comments only
      tree = ConfigNode.empty(file);
    }
    ConfigNode root =
        tree.withOverrides(overrides)
            .requireKeys(
                "locale",
                "dns",
                "diagnosis",
                "dnssec",
                "mtaSts",
                "tls",
                "smtp",
                "input",
                "slack",
                "discord",
                "ops",
                "rateLimit",
                "store",
                "watch");
    BotConfig config = read(directory, root);
    overrides.requireAllUsed(root.file());
    return new Traced(config, root.file(), overrides.origins());
  }

  private static BotConfig read(Path directory, ConfigNode root) {
    ConfigNode dns =
        section(
            root,
            "dns",
            "resolvers",
            "authoritativePort",
            "timeout",
            "allowPrivateAddresses",
            "maxInFlightPerServer");
    ConfigNode diagnosis = section(root, "diagnosis", "deadline");
    ConfigNode dnssec = section(root, "dnssec", "signatureExpiryWarning");
    ConfigNode mtaSts = section(root, "mtaSts", "httpsPort");
    ConfigNode tls = section(root, "tls", "extraCertificates");
    ConfigNode input = section(root, "input", "deniedSuffixes");
    ConfigNode rateLimit =
        section(
            root,
            "rateLimit",
            "checksPerUserPerMinute",
            "dnsQuestionsPerUserPerMinute",
            "dnsQuestionsPerMinute");
    return new BotConfig(
        directory,
        root.at("locale").isMissing()
            ? "en"
            : ConfigValues.parsed(root.at("locale"), ConfigValues::language),
        dns.at("resolvers").asListOf(ConfigLoader::resolver),
        dns.at("authoritativePort").isMissing() ? 53 : dns.at("authoritativePort").asInt(1, 65535),
        duration(dns.at("timeout"), "2s"),
        duration(diagnosis.at("deadline"), "8s"),
        input.at("deniedSuffixes").isMissing()
            ? InputPolicy.DEFAULT_DENIED_SUFFIXES
            : input.at("deniedSuffixes").asListOf(ConfigLoader::suffix),
        rateLimit.at("checksPerUserPerMinute").isMissing()
            ? 10
            : rateLimit.at("checksPerUserPerMinute").asInt(1, 10_000),
        ChatSections.slack(root.at("slack")),
        ChatSections.discord(root.at("discord")),
        OpsSection.read(root.at("ops")),
        dns.at("allowPrivateAddresses").asBoolean(false),
        rateLimit.at("dnsQuestionsPerUserPerMinute").isMissing()
            ? BotConfig.DEFAULT_DNS_QUESTIONS_PER_USER
            : rateLimit.at("dnsQuestionsPerUserPerMinute").asInt(1, 10_000_000),
        rateLimit.at("dnsQuestionsPerMinute").isMissing()
            ? BotConfig.DEFAULT_DNS_QUESTIONS
            : rateLimit.at("dnsQuestionsPerMinute").asInt(1, 100_000_000),
        duration(dnssec.at("signatureExpiryWarning"), "12h"),
        mtaSts.at("httpsPort").isMissing()
            ? BotConfig.DEFAULT_MTA_STS_HTTPS_PORT
            : mtaSts.at("httpsPort").asInt(1, 65535),
        extraCertificates(directory, tls.at("extraCertificates")),
        dns.at("maxInFlightPerServer").isMissing()
            ? DnsSettings.DEFAULT_MAX_IN_FLIGHT_PER_SERVER
            : dns.at("maxInFlightPerServer").asInt(1, 10_000),
        StoreSection.read(root.at("store")),
        SmtpProbeSettings.read(root.at("smtp")),
        watch(
            section(
                root,
                "watch",
                "interval",
                "maxDuration",
                "maxPerUser",
                "maxActive",
                "dnsQuestionsPerMinute")));
  }

  /** The {@code watch} section; each key left out takes its default. */
  private static WatchSettings watch(ConfigNode node) {
    WatchSettings d = WatchSettings.DEFAULTS;
    Duration interval =
        node.at("interval").isMissing()
            ? d.interval()
            : ConfigValues.parsed(node.at("interval"), ConfigValues::duration);
    Duration maxDuration =
        node.at("maxDuration").isMissing()
            ? d.maxDuration()
            : ConfigValues.parsed(node.at("maxDuration"), ConfigValues::duration);
    if (interval.isZero() || interval.isNegative()) {
      throw node.at("interval").error("must be positive");
    }
    if (maxDuration.compareTo(interval) < 0) {
      throw node.at("maxDuration").error("must be at least watch.interval");
    }
    return new WatchSettings(
        interval,
        maxDuration,
        node.at("maxPerUser").isMissing() ? d.maxPerUser() : node.at("maxPerUser").asInt(1, 1_000),
        node.at("maxActive").isMissing() ? d.maxActive() : node.at("maxActive").asInt(1, 1_000_000),
        node.at("dnsQuestionsPerMinute").isMissing()
            ? d.dnsQuestionsPerMinute()
            : node.at("dnsQuestionsPerMinute").asInt(1, 100_000_000));
  }

  /**
   * The PEM bundle of {@code tls.extraCertificates}: a regular file, relative to the configuration
   * directory unless absolute; left out means none.
   */
  private static Optional<Path> extraCertificates(Path directory, ConfigNode node) {
    if (node.isMissing()) {
      return Optional.empty();
    }
    return Optional.of(
        ConfigValues.parsed(
            node,
            text -> {
              Path file = directory.resolve(text);
              if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("a PEM file of certificates (not found)");
              }
              return file;
            }));
  }

  /** A section that may be left out; when present, only {@code keys} are allowed in it. */
  private static ConfigNode section(ConfigNode root, String name, String... keys) {
    ConfigNode section = root.at(name);
    return section.isMissing() ? section : section.requireKeys(keys);
  }

  private static InetSocketAddress resolver(ConfigNode node) {
    return ConfigValues.parsed(node, ConfigValues::resolver);
  }

  private static Duration duration(ConfigNode node, String fallback) {
    return node.isMissing()
        ? ConfigValues.duration(fallback)
        : ConfigValues.parsed(node, ConfigValues::duration);
  }

  private static String suffix(ConfigNode node) {
    return node.asText().toLowerCase(Locale.ROOT).replaceAll("^\\.|\\.$", "");
  }
}
