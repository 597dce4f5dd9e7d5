package dev.mxbot.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import dev.mxbot.chat.CommandEvents;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.CustomerReplyWriter;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.RateLimiter;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.chat.WarmUpWorld;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.chat.Watching;
import dev.mxbot.checks.ChecksModule;
import dev.mxbot.checks.MtaStsSettings;
import dev.mxbot.checks.SmtpSettings;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.Secrets;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.PublicSuffixes;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.publicsuffix.GuavaPublicSuffixes;
import dev.mxbot.reply.CustomerReplies;
import dev.mxbot.store.StoredHistory;
import dev.mxbot.store.WatchKeeper;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;

/**
 * Binds what was loaded before the injector was built (configuration and knowledge catalogs) and
 * the values derived from it. Only wiring: the files were read by {@link Bootstrap}.
 */
final class MxbotModule extends AbstractModule {

  /** Diagnoses run at once by the chat adapters: mostly waiting on DNS, so more than the cores. */
  static final int WORKERS = 32;

  /** Diagnoses that may wait for a worker before commands are answered "busy". */
  static final int QUEUE = 256;

  /** How long a finished report may answer identical commands (never past its records' TTL). */
  static final Duration CACHE_FOR = Duration.ofSeconds(30);

  private final BotConfig config;
  private final ProviderCatalog providers;
  private final GuideCatalog guides;

  MxbotModule(BotConfig config, ProviderCatalog providers, GuideCatalog guides) {
    this.config = config;
    this.providers = providers;
    this.guides = guides;
  }

  @Override
  protected void configure() {
    bind(BotConfig.class).toInstance(config);
    bind(ProviderCatalog.class).toInstance(providers);
    bind(GuideCatalog.class).toInstance(guides);
    bind(Clock.class).toInstance(Clock.systemUTC());
    bind(PublicSuffixes.class).to(GuavaPublicSuffixes.class).in(Singleton.class);
    bind(CommandExecutor.class).in(Singleton.class);
    bind(SharedDiagnoses.class).in(Singleton.class);
    bind(Pipelines.class).in(Singleton.class);
    bind(WatchDeliveries.class).in(Singleton.class);
    bind(Duration.class)
        .annotatedWith(Names.named(SharedDiagnoses.CACHE_FOR))
        .toInstance(CACHE_FOR);
    bindConstant().annotatedWith(Names.named(CommandExecutor.WORKERS)).to(WORKERS);
    bindConstant().annotatedWith(Names.named(CommandExecutor.QUEUE)).to(QUEUE);
    OptionalBinder.newOptionalBinder(binder(), MtaStsSettings.class)
        .setBinding()
        .toInstance(mtaStsSettings(config));
    OptionalBinder.newOptionalBinder(binder(), SmtpSettings.class)
        .setBinding()
        .toInstance(smtpSettings(config));
    OptionalBinder.newOptionalBinder(binder(), CommandEvents.class)
        .setDefault()
        .toInstance(CommandEvents.NONE);
    // serve binds ZoneWarmUps; everything else warms up without a world
    OptionalBinder.newOptionalBinder(binder(), WarmUpWorld.Opener.class)
        .setDefault()
        .toInstance(WarmUpWorld.Opener.NONE);
  }

  /** The customer replies of {@code bot-config/replies/} (templates read on first use). */
  @Provides
  @Singleton
  CustomerReplyWriter customerReplyWriter(CustomerReplies replies) {
    return replies::write;
  }

  /**
   * The store behind history and changes: {@link CheckHistory#NONE} when {@code store.url} is
   * {@code none}; otherwise opened on first use (a {@code check} without {@code --record} never
   * opens it).
   */
  @Provides
  @Singleton
  CheckHistory checkHistory(BotConfig botConfig, Clock clock) {
    return history(botConfig, clock);
  }

  /** The MTA-STS fetch's port and extra trust of {@code botConfig}. */
  static MtaStsSettings mtaStsSettings(BotConfig botConfig) {
    return new MtaStsSettings(botConfig.mtaStsHttpsPort(), botConfig.extraCertificates());
  }

  /** The SMTP probe of {@code botConfig} ({@code smtp.*}). */
  static SmtpSettings smtpSettings(BotConfig botConfig) {
    return new SmtpSettings(
        botConfig.smtp().probe(),
        botConfig.smtp().port(),
        botConfig.smtp().timeout(),
        botConfig.smtp().heloName(),
        botConfig.smtp().controlHost(),
        botConfig.extraCertificates());
  }

  /** See {@link #checkHistory}. */
  static CheckHistory history(BotConfig botConfig, Clock clock) {
    if (!botConfig.store().enabled()) {
      return CheckHistory.NONE;
    }
    return new StoredHistory(
        botConfig.store(), Secrets.fromEnvironment().get(Secrets.STORE_PASSWORD), clock);
  }

  /**
   * Where {@code /mx watch} keeps its watches: {@link Watching#NONE} without a store; otherwise a
   * {@link WatchKeeper} opened on first use. The resolvers named by a "nothing pending" message are
   * the configured ones.
   */
  @Provides
  @Singleton
  Watching watching(
      BotConfig botConfig,
      Clock clock,
      @Named(dev.mxbot.dns.DnsjavaDns.RESOLVERS)
          java.util.List<java.net.InetSocketAddress> resolvers) {
    if (!botConfig.store().enabled()) {
      return Watching.NONE;
    }
    return new Watching(
        new WatchKeeper(
            botConfig.store(),
            Secrets.fromEnvironment().get(Secrets.STORE_PASSWORD),
            botConfig.watch(),
            clock),
        botConfig.watch().interval(),
        botConfig.watch().maxDuration(),
        botConfig.watch().maxPerUser(),
        resolvers.stream()
            .map(
                a -> a.getAddress().getHostAddress() + (a.getPort() == 53 ? "" : ":" + a.getPort()))
            .toList());
  }

  @Provides
  @Singleton
  DnsSettings dnsSettings(BotConfig botConfig) {
    return dnsSettingsOf(botConfig);
  }

  /** The DNS client's settings of {@code botConfig}. */
  static DnsSettings dnsSettingsOf(BotConfig botConfig) {
    return new DnsSettings(
        botConfig.resolvers(),
        botConfig.queryTimeout(),
        botConfig.authoritativePort(),
        botConfig.allowPrivateAddresses(),
        botConfig.maxInFlightPerServer());
  }

  @Provides
  @Singleton
  InputPolicy inputPolicy(BotConfig botConfig, PublicSuffixes publicSuffixes) {
    return inputPolicyOf(botConfig, publicSuffixes);
  }

  /** What commands may ask for: {@code botConfig}'s denied suffixes, no public suffix. */
  static InputPolicy inputPolicyOf(BotConfig botConfig, PublicSuffixes publicSuffixes) {
    return new InputPolicy(botConfig.deniedSuffixes(), publicSuffixes, Messages.LANGUAGES);
  }

  /** The one rate limiter every adapter shares: {@code botConfig}'s three limits. */
  @Provides
  @Singleton
  RateLimiter rateLimiter(BotConfig botConfig, Clock clock) {
    return rateLimiterOf(botConfig, clock);
  }

  /** See {@link #rateLimiter}. */
  static RateLimiter rateLimiterOf(BotConfig botConfig, Clock clock) {
    return new RateLimiter(
        botConfig.checksPerUserPerMinute(),
        botConfig.dnsQuestionsPerUserPerMinute(),
        botConfig.dnsQuestionsPerMinute(),
        botConfig.watch().dnsQuestionsPerMinute(),
        clock);
  }

  @Provides
  @Named(ChecksModule.SIGNATURE_EXPIRY_WARNING)
  Duration signatureExpiryWarning(BotConfig botConfig) {
    return botConfig.signatureExpiryWarning();
  }

  @Provides
  @Named(Diagnosis.DEADLINE)
  Duration deadline(BotConfig botConfig) {
    return botConfig.deadline();
  }
}
