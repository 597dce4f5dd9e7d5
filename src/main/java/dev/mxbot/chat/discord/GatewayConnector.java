package dev.mxbot.chat.discord;

import dev.mxbot.config.DiscordSettings;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Opens the gateway: one {@link JDA} session, or a {@link ShardManager} running this replica's
 * shard range when {@code discord.shards} is set. No intents (slash commands need none), no caches,
 * no compression (an intent-less bot receives little), REST on a bounded pool ({@link
 * RestThreads}). REST and gateway URLs come from the settings when given (proxies, tests).
 */
final class GatewayConnector {

  private final DiscordSettings settings;
  private final DiscordToken token;

  @Inject
  GatewayConnector(DiscordSettings settings, DiscordToken token) {
    this.settings = settings;
    this.token = token;
  }

  /** Logs in (asynchronously: events follow) with {@code listener} receiving them. */
  Gateway open(Object listener) {
    return settings.shards().map(s -> sharded(s, listener)).orElseGet(() -> single(listener));
  }

  private Gateway single(Object listener) {
    JDA jda =
        JDABuilder.createLight(token.value(), EnumSet.noneOf(GatewayIntent.class))
            .setRestConfig(restConfig())
            .setSessionController(sessionController())
            .setCompression(Compression.NONE)
            .setEventPassthrough(true)
            .setEnableShutdownHook(false)
            .setRateLimitElastic(RestThreads.elastic(), true)
            .setHttpClientBuilder(RestThreads.http())
            .addEventListeners(listener)
            .build();
    return new Gateway(List.of(jda), null);
  }

  private Gateway sharded(DiscordSettings.Shards shards, Object listener) {
    ShardManager manager =
        DefaultShardManagerBuilder.createLight(token.value(), EnumSet.noneOf(GatewayIntent.class))
            .setShardsTotal(shards.total())
            .setShards(shards.from(), shards.to())
            .setRestConfig(restConfig())
            .setSessionController(sessionController())
            .setCompression(Compression.NONE)
            .setEventPassthrough(true)
            .setEnableShutdownHook(false)
            .setRateLimitElastic(RestThreads.elastic(), true)
            .setHttpClientBuilder(RestThreads.http())
            .addEventListeners(listener)
            .build();
    return new Gateway(List.of(), manager);
  }

  private RestConfig restConfig() {
    RestConfig config = new RestConfig();
    settings.restUrl().map(u -> u.endsWith("/") ? u : u + "/").ifPresent(config::setBaseUrl);
    return config;
  }

  private SessionController sessionController() {
    return new SessionControllerAdapter() {
      @Override
      public String getGateway() {
        return settings.gatewayUrl().orElseGet(super::getGateway);
      }

      @Override
      public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(
            settings.gatewayUrl().orElse(discord.getUrl()),
            discord.getShardTotal(),
            discord.getConcurrency());
      }
    };
  }

  /** The open connection: a single session, or a shard manager. */
  record Gateway(List<JDA> single, ShardManager manager) {

    /** A session that can call the REST API (a DM is not tied to a shard). */
    java.util.Optional<JDA> anyShard() {
      if (manager != null) {
        return manager.getShards().stream().findFirst();
      }
      return single.stream().findFirst();
    }

    /** True when every session (or every shard of this replica) is connected. */
    boolean connected() {
      Collection<JDA.Status> statuses =
          manager != null
              ? manager.getStatuses().values()
              : single.stream().map(JDA::getStatus).toList();
      return !statuses.isEmpty() && statuses.stream().allMatch(s -> s == JDA.Status.CONNECTED);
    }

    /** Closes the connection, waiting up to {@code limit} for JDA's own requests to finish. */
    void close(Duration limit) {
      if (manager != null) {
        manager.shutdown();
        return;
      }
      for (JDA jda : single) {
        jda.shutdown();
        try {
          if (!jda.awaitShutdown(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            jda.shutdownNow();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          jda.shutdownNow();
        }
      }
    }
  }
}
