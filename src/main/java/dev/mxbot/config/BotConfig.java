package dev.mxbot.config;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

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
 * @param allowPrivateAddresses contact special-purpose addresses learned from DNS data (labs and
 *     tests only; the operator's resolvers are always contacted)
 * @param dnsQuestionsPerUserPerMinute DNS questions one chat user's checks may send per minute
 * @param dnsQuestionsPerMinute DNS questions every chat user's checks together may send per minute
 * @param signatureExpiryWarning how soon before the zone's DNSSEC signatures expire a report warns
 * @param mtaStsHttpsPort the port MTA-STS policies are fetched on (443; tests use another)
 * @param extraCertificates a PEM bundle of certificate authorities trusted besides the JVM's, for
 *     the MTA-STS policy fetch ({@code tls.extraCertificates}); empty for none
 * @param maxInFlightPerServer the most DNS questions in flight at once to one nameserver address
 *     ({@code dns.maxInFlightPerServer}), for every diagnosis of the process; in an audit, to each
 *     resolver too
 * @param store where checks are recorded ({@code store.*})
 * @param smtp the opt-in SMTP/STARTTLS probe ({@code smtp.*})
 * @param watch how {@code /mx watch} re-checks ({@code watch.*})
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
    OpsSettings ops,
    boolean allowPrivateAddresses,
    int dnsQuestionsPerUserPerMinute,
    int dnsQuestionsPerMinute,
    Duration signatureExpiryWarning,
    int mtaStsHttpsPort,
    java.util.Optional<java.nio.file.Path> extraCertificates,
    int maxInFlightPerServer,
    StoreSettings store,
    SmtpProbeSettings smtp,
    WatchSettings watch) {

  /** Default of {@code mtaSts.httpsPort}: HTTPS. */
  public static final int DEFAULT_MTA_STS_HTTPS_PORT = 443;

  /** Default of {@code rateLimit.dnsQuestionsPerUserPerMinute}: a hostile zone's whole report. */
  public static final int DEFAULT_DNS_QUESTIONS_PER_USER = 2000;

  /** Default of {@code rateLimit.dnsQuestionsPerMinute}. */
  public static final int DEFAULT_DNS_QUESTIONS = 50_000;

  /** Default of {@code dnssec.signatureExpiryWarning}: a signer that stopped a day ago. */
  public static final Duration DEFAULT_SIGNATURE_EXPIRY_WARNING = Duration.ofHours(12);

  public BotConfig {
    resolvers = List.copyOf(resolvers);
    deniedSuffixes = List.copyOf(deniedSuffixes);
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
        DiscordSettings.DEFAULTS,
        OpsSettings.DEFAULTS,
        false,
        DEFAULT_DNS_QUESTIONS_PER_USER,
        DEFAULT_DNS_QUESTIONS,
        DEFAULT_SIGNATURE_EXPIRY_WARNING,
        DEFAULT_MTA_STS_HTTPS_PORT,
        java.util.Optional.empty(),
        dev.mxbot.dns.DnsSettings.DEFAULT_MAX_IN_FLIGHT_PER_SERVER,
        StoreSettings.DEFAULTS,
        SmtpProbeSettings.DEFAULTS,
        WatchSettings.DEFAULTS);
  }

  public BotConfig withResolvers(List<InetSocketAddress> value) {
    return with(b -> b.resolvers = value);
  }

  public BotConfig withAuthoritativePort(int value) {
    return with(b -> b.authoritativePort = value);
  }

  /** Whether special-purpose addresses learned from DNS data may be contacted (labs, tests). */
  public BotConfig withAllowPrivateAddresses(boolean value) {
    return with(b -> b.allowPrivateAddresses = value);
  }

  /** The port MTA-STS policies are fetched on (tests: a loopback server's). */
  public BotConfig withMtaStsHttpsPort(int value) {
    return with(b -> b.mtaStsHttpsPort = value);
  }

  /** A PEM bundle of authorities trusted besides the JVM's (tests: their own CA). */
  public BotConfig withExtraCertificates(java.util.Optional<java.nio.file.Path> value) {
    return with(b -> b.extraCertificates = value);
  }

  /** At most {@code value} DNS questions in flight to one server address. */
  public BotConfig withMaxInFlightPerServer(int value) {
    return with(b -> b.maxInFlightPerServer = value);
  }

  /** Where checks are recorded (tests: a temporary database; {@code demo}: in memory). */
  public BotConfig withStore(StoreSettings value) {
    return with(b -> b.store = value);
  }

  /** The SMTP probe's settings (tests: on, a loopback port, a short timeout). */
  public BotConfig withSmtp(SmtpProbeSettings value) {
    return with(b -> b.smtp = value);
  }

  /** How {@code /mx watch} re-checks (tests: an interval of a second or two). */
  public BotConfig withWatch(WatchSettings value) {
    return with(b -> b.watch = value);
  }

  public BotConfig withLocale(String value) {
    return with(b -> b.locale = value);
  }

  public BotConfig withDeadline(Duration value) {
    return with(b -> b.deadline = value);
  }

  /** The DNS question budgets: per user, and for all users together, per minute. */
  public BotConfig withDnsQuestionBudgets(int perUser, int perMinute) {
    return with(
        b -> {
          b.dnsQuestionsPerUserPerMinute = perUser;
          b.dnsQuestionsPerMinute = perMinute;
        });
  }

  public BotConfig withChecksPerUserPerMinute(int value) {
    return with(b -> b.checksPerUserPerMinute = value);
  }

  public BotConfig withSlack(SlackSettings value) {
    return with(b -> b.slack = value);
  }

  public BotConfig withDiscord(DiscordSettings value) {
    return with(b -> b.discord = value);
  }

  public BotConfig withOps(OpsSettings value) {
    return with(b -> b.ops = value);
  }

  private BotConfig with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** A mutable copy, for the {@code with…} methods only. */
  private static final class Copy {
    private final java.nio.file.Path directory;
    private String locale;
    private List<InetSocketAddress> resolvers;
    private int authoritativePort;
    private final Duration queryTimeout;
    private Duration deadline;
    private final List<String> deniedSuffixes;
    private int checksPerUserPerMinute;
    private SlackSettings slack;
    private DiscordSettings discord;
    private OpsSettings ops;
    private boolean allowPrivateAddresses;
    private int dnsQuestionsPerUserPerMinute;
    private int dnsQuestionsPerMinute;
    private final Duration signatureExpiryWarning;
    private int mtaStsHttpsPort;
    private java.util.Optional<java.nio.file.Path> extraCertificates;
    private int maxInFlightPerServer;
    private StoreSettings store;
    private SmtpProbeSettings smtp;
    private WatchSettings watch;

    Copy(BotConfig c) {
      directory = c.directory;
      locale = c.locale;
      resolvers = c.resolvers;
      authoritativePort = c.authoritativePort;
      queryTimeout = c.queryTimeout;
      deadline = c.deadline;
      deniedSuffixes = c.deniedSuffixes;
      checksPerUserPerMinute = c.checksPerUserPerMinute;
      slack = c.slack;
      discord = c.discord;
      ops = c.ops;
      allowPrivateAddresses = c.allowPrivateAddresses;
      dnsQuestionsPerUserPerMinute = c.dnsQuestionsPerUserPerMinute;
      dnsQuestionsPerMinute = c.dnsQuestionsPerMinute;
      signatureExpiryWarning = c.signatureExpiryWarning;
      mtaStsHttpsPort = c.mtaStsHttpsPort;
      extraCertificates = c.extraCertificates;
      maxInFlightPerServer = c.maxInFlightPerServer;
      store = c.store;
      smtp = c.smtp;
      watch = c.watch;
    }

    BotConfig build() {
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
          ops,
          allowPrivateAddresses,
          dnsQuestionsPerUserPerMinute,
          dnsQuestionsPerMinute,
          signatureExpiryWarning,
          mtaStsHttpsPort,
          extraCertificates,
          maxInFlightPerServer,
          store,
          smtp,
          watch);
    }
  }
}
