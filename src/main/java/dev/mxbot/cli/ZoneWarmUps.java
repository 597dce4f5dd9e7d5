package dev.mxbot.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.WarmUpWorld;
import dev.mxbot.checks.ChecksModule;
import dev.mxbot.config.BotConfig;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsModule;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}'s warm-up worlds: the demo's zones ({@code bot-config/demo/}) served by an
 * in-process DNS server on a free loopback port, and an application of their own — the same
 * configuration and catalogs (already loaded), the same modules as a {@code check}, with its
 * resolver and nameservers at that server and a DNS port that asks nothing but loopback ({@link
 * LoopbackOnlyDns}). Warm-up commands ask about the demo's first sample domain. Without a demo
 * directory (or when it cannot be served) there is no world and the warm-up does without one.
 */
final class ZoneWarmUps implements WarmUpWorld.Opener {

  private static final Logger LOG = LoggerFactory.getLogger(ZoneWarmUps.class);

  private final BotConfig config;
  private final ProviderCatalog providers;
  private final GuideCatalog guides;

  @Inject
  ZoneWarmUps(BotConfig config, ProviderCatalog providers, GuideCatalog guides) {
    this.config = config;
    this.providers = providers;
    this.guides = guides;
  }

  /** The module that makes {@code serve}'s adapters warm up in such worlds. */
  static com.google.inject.Module module() {
    return binder ->
        OptionalBinder.newOptionalBinder(binder, WarmUpWorld.Opener.class)
            .setBinding()
            .to(ZoneWarmUps.class);
  }

  @Override
  public Optional<WarmUpWorld> open() {
    Path directory = config.directory().resolve("demo");
    if (!Files.isDirectory(directory)) {
      LOG.debug("warm-up without a world: no {}", directory);
      return Optional.empty();
    }
    ZoneServer server = null;
    try {
      DemoZones zones = DemoZones.load(directory);
      if (zones.samples().isEmpty()) {
        return Optional.empty();
      }
      server = zones.start();
      BotConfig world = LoopbackWorld.of(config, server);
      Lifecycle lifecycle = new Lifecycle();
      Injector injector =
          Guice.createInjector(
              new MxbotModule(world, providers, guides),
              new DnsModule(),
              new ChecksModule(),
              new LoopbackOnly(),
              lifecycle.module());
      return Optional.of(
          new ZoneWorld(
              injector.getInstance(Pipelines.class),
              zones.samples().get(0).domain(),
              server,
              lifecycle));
    } catch (IOException | RuntimeException e) {
      LOG.info("warm-up without a world: {}", e.toString());
      if (server != null) {
        server.close();
      }
      return Optional.empty();
    }
  }

  /** Binds the world's DNS port: the dnsjava client, held to loopback. */
  private static final class LoopbackOnly extends AbstractModule {
    @Override
    protected void configure() {
      OptionalBinder.newOptionalBinder(binder(), Dns.class).setBinding().to(LoopbackOnlyDns.class);
    }

    @Provides
    @Singleton
    LoopbackOnlyDns loopbackOnly(DnsjavaDns dns) {
      return new LoopbackOnlyDns(dns);
    }
  }

  /** One open world: its pipelines, its domain, and what closing it stops. */
  private record ZoneWorld(
      Pipelines pipelines, String domain, ZoneServer server, Lifecycle lifecycle)
      implements WarmUpWorld {

    @Override
    public RequestPipeline pipeline(String id) {
      return pipelines.create(new Platform(id, AccessPolicy.OPEN, true, false));
    }

    @Override
    public void close() {
      lifecycle.close();
      server.close();
    }
  }
}
