package dev.mxbot.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.mxbot.checks.ChecksModule;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigLoader;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsModule;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the configuration and the knowledge files, then builds the injector. Every file is read and
 * validated here, before any module runs, so a mistake stops start-up with a clear message.
 */
final class Bootstrap implements AutoCloseable {

  private final BotConfig config;
  private final Injector injector;

  private Bootstrap(BotConfig config, Injector injector) {
    this.config = config;
    this.injector = injector;
  }

  static Bootstrap start(CommonOptions options, UnaryOperator<BotConfig> adjust) {
    return start(options, adjust, new com.google.inject.Module[0]);
  }

  /** Like {@link #start(CommonOptions, UnaryOperator)}, with more feature modules ({@code ops}). */
  static Bootstrap start(
      CommonOptions options, UnaryOperator<BotConfig> adjust, com.google.inject.Module... extra) {
    BotConfig config = adjust.apply(options.apply(new ConfigLoader().load(options.config)));
    ProviderCatalog providers = ProviderCatalog.load(config.directory().resolve("providers"));
    GuideCatalog guides =
        GuideCatalog.load(config.directory().resolve("guides.yaml"), providers.home().id());
    List<com.google.inject.Module> modules =
        new ArrayList<>(
            List.of(
                new MxbotModule(config, providers, guides), new DnsModule(), new ChecksModule()));
    modules.addAll(List.of(extra));
    Injector injector = Guice.createInjector(modules);
    return new Bootstrap(config, injector);
  }

  BotConfig config() {
    return config;
  }

  <T> T get(Class<T> type) {
    return injector.getInstance(type);
  }

  /** An injector for one adapter: everything of the application plus the adapter's modules. */
  com.google.inject.Injector child(com.google.inject.Module... modules) {
    return injector.createChildInjector(modules);
  }

  @Override
  public void close() {
    if (injector.getInstance(Dns.class) instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // closing on the way out: nothing more to do
      }
    }
  }
}
