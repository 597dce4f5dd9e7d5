package dev.mxbot.cli;

import dev.mxbot.chat.CommandEvents;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.RateLimiter;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.chat.Watching;
import dev.mxbot.checks.StandardChecks;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.SmtpProbeSettings;
import dev.mxbot.config.StoreSettings;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.SystemResolvers;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.publicsuffix.GuavaPublicSuffixes;
import dev.mxbot.render.JsonRenderer;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.reply.CustomerReplies;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a one-shot {@code check} runs, built by hand rather than by an injector: Guice's own
 * start-up costs about 40 ms of a cold JVM whatever it binds, a quarter of a cold check. The
 * objects are those {@link Bootstrap}'s injector gives the console and {@code serve}, made by the
 * same factories ({@link StandardChecks}, {@link DnsjavaDns#standalone}, the static methods of
 * {@link MxbotModule}), so a check and {@code /mx} in chat diagnose alike.
 *
 * <p>The DNS client and the diagnosis workers are built while the knowledge files are still being
 * read on their own thread; the checks, which need the provider catalog, after; the guides, which
 * only the rendering of a report needs, are read while the diagnosis runs (with {@code --record},
 * before, so that nothing is recorded from a bad {@code guides.yaml}). {@link #close()} closes what
 * was built, newest first ({@link Lifecycle}); a failure while building closes what was built
 * before it.
 */
final class CheckWiring implements AutoCloseable {

  private final BotConfig config;
  private final Lifecycle lifecycle;
  private final Pipelines pipelines;
  private final CheckHistory history;
  private final Supplier<GuideCatalog> guides;

  private CheckWiring(
      BotConfig config,
      Lifecycle lifecycle,
      Pipelines pipelines,
      CheckHistory history,
      Supplier<GuideCatalog> guides) {
    this.config = config;
    this.lifecycle = lifecycle;
    this.pipelines = pipelines;
    this.history = history;
    this.guides = guides;
  }

  /**
   * Reads the configuration directory {@code options} name (a bad file stops here with its {@code
   * ConfigException}) and builds the check's objects. {@code record}: whether the checks are
   * recorded in the store ({@code --record}); otherwise the store is never opened.
   */
  static CheckWiring start(CommonOptions options, boolean record) {
    return start(options, record, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * A check's objects in the demo's world ({@code server}, its zones on loopback), for the
   * launcher's class-cache training ({@link CacheTraining}): the resolver and the nameservers are
   * that server, the checks ask nothing but loopback ({@link LoopbackOnlyDns}), no SMTP probe runs,
   * nothing is recorded, and a report takes at most {@code deadline}.
   */
  static CheckWiring demoWorld(CommonOptions options, ZoneServer server, Duration deadline) {
    return start(
        options,
        false,
        config ->
            LoopbackWorld.of(config, server)
                .withSmtp(SmtpProbeSettings.DEFAULTS)
                .withStore(config.store().withUrl(StoreSettings.NONE))
                .withDeadline(deadline),
        LoopbackOnlyDns::new);
  }

  private static CheckWiring start(
      CommonOptions options,
      boolean record,
      UnaryOperator<BotConfig> world,
      UnaryOperator<Dns> checksDns) {
    ConfigFilesLoad files = ConfigFilesLoad.of(options.config);
    BotConfig config = world.apply(options.apply(files.config()));
    Lifecycle lifecycle = new Lifecycle();
    try {
      Clock clock = Clock.systemUTC();
      DnsjavaDns dns =
          DnsjavaDns.standalone(
              MxbotModule.dnsSettingsOf(config), SystemResolvers.operatingSystem());
      lifecycle.record(dns);
      CommandExecutor executor = new CommandExecutor(MxbotModule.WORKERS, MxbotModule.QUEUE);
      lifecycle.record(executor);
      // while the knowledge files are read: what needs none of them
      DnsjavaDns.prepare();
      InputPolicy inputPolicy = MxbotModule.inputPolicyOf(config, new GuavaPublicSuffixes());
      RateLimiter rateLimiter = MxbotModule.rateLimiterOf(config, clock);
      ProviderCatalog providers = files.providers();
      if (record) {
        files.guides(); // nothing is recorded from a configuration with a bad guides.yaml
      }
      Diagnosis diagnosis =
          new Diagnosis(
              StandardChecks.create(
                  checksDns.apply(dns),
                  providers,
                  clock,
                  config.signatureExpiryWarning(),
                  MxbotModule.mtaStsSettings(config),
                  MxbotModule.smtpSettings(config)),
              clock,
              config.deadline());
      CheckHistory history = record ? MxbotModule.history(config, clock) : CheckHistory.NONE;
      lifecycle.record(history);
      CustomerReplies replies = new CustomerReplies(config, providers, files::guides);
      Pipelines pipelines =
          new Pipelines(
              inputPolicy,
              rateLimiter,
              new SharedDiagnoses(diagnosis, executor, clock, MxbotModule.CACHE_FOR),
              CommandEvents.NONE,
              history,
              replies::write,
              Watching.NONE);
      lifecycle.record(pipelines);
      return new CheckWiring(config, lifecycle, pipelines, history, files::guides);
    } catch (RuntimeException | Error e) {
      lifecycle.close();
      throw e;
    }
  }

  BotConfig config() {
    return config;
  }

  /** The store the checks are recorded in; {@link CheckHistory#NONE} without {@code --record}. */
  CheckHistory history() {
    return history;
  }

  Pipelines pipelines() {
    return pipelines;
  }

  /**
   * The text renderer, on the guide catalog: waits for {@code guides.yaml}, read while the
   * diagnosis runs, and throws its {@code ConfigException} when it is bad.
   */
  PlainTextRenderer text() {
    return new PlainTextRenderer(guides.get());
  }

  /** The JSON renderer (only {@code --json} loads Jackson's classes); waits as {@link #text}. */
  JsonRenderer json() {
    return new JsonRenderer(guides.get());
  }

  /** Closes what was built, newest first; idempotent. */
  @Override
  public void close() {
    lifecycle.close();
  }
}
