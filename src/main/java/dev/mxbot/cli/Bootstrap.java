package dev.mxbot.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.mxbot.chat.ChatService;
import dev.mxbot.checks.ChecksModule;
import dev.mxbot.config.BotConfig;
import dev.mxbot.dns.DnsModule;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.serve.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the configuration and the knowledge files, then builds the injector. Every file is read and
 * validated here, before any module runs, so a mistake stops start-up with a clear message. The
 * only holder of the injector: the commands take what they run from {@link #get} ({@code check}
 * builds its objects without an injector, {@link CheckWiring}) and the chat adapters their service
 * from {@link #chatService} (through {@link Application}); {@link #close()} closes, through the
 * {@link Lifecycle}, every closeable singleton that was created.
 */
public final class Bootstrap implements Application, AutoCloseable {

  private final BotConfig config;
  private final Injector injector;
  private final Lifecycle lifecycle;

  private Bootstrap(BotConfig config, Injector injector, Lifecycle lifecycle) {
    this.config = config;
    this.injector = injector;
    this.lifecycle = lifecycle;
  }

  public static Bootstrap start(CommonOptions options, UnaryOperator<BotConfig> adjust) {
    return start(options, adjust, new com.google.inject.Module[0]);
  }

  /** Like {@link #start(CommonOptions, UnaryOperator)}, with more feature modules ({@code ops}). */
  public static Bootstrap start(
      CommonOptions options, UnaryOperator<BotConfig> adjust, com.google.inject.Module... extra) {
    ConfigFilesLoad files = ConfigFilesLoad.of(options.config);
    BotConfig config = adjust.apply(options.apply(files.config()));
    ConfigFilesLoad.Knowledge read = files.knowledge();
    ProviderCatalog providers = read.providers();
    GuideCatalog guides = read.guides();
    List<com.google.inject.Module> modules =
        new ArrayList<>(
            List.of(
                new MxbotModule(config, providers, guides), new DnsModule(), new ChecksModule()));
    modules.addAll(List.of(extra));
    Lifecycle lifecycle = new Lifecycle();
    modules.add(lifecycle.module());
    Injector injector = Guice.createInjector(modules);
    return new Bootstrap(config, injector, lifecycle);
  }

  @Override
  public BotConfig config() {
    return config;
  }

  @Override
  public <T> T get(Class<T> type) {
    return injector.getInstance(type);
  }

  /**
   * The chat service that a platform's modules bind, built in a child injector (everything of the
   * application plus those modules), so the platform's SDK loads only when its adapter is used.
   */
  @Override
  public ChatService chatService(com.google.inject.Module... modules) {
    return injector.createChildInjector(modules).getInstance(ChatService.class);
  }

  /**
   * An injector for one adapter: everything of the application plus the adapter's modules. Only
   * {@code bench} still uses it; {@link #chatService} is the way to a platform's service.
   */
  com.google.inject.Injector child(com.google.inject.Module... modules) {
    return injector.createChildInjector(modules);
  }

  /** Closes the closeable singletons created, newest first ({@link Lifecycle}); idempotent. */
  @Override
  public void close() {
    lifecycle.close();
  }
}
