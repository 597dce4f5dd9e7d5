package dev.mxbot.chat.discord;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.Unreachable;
import dev.mxbot.chat.WarmUpWorld;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.config.Secrets;
import dev.mxbot.configfile.ConfigException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mx} in Discord. {@link #start()} warms up ({@link DiscordWarmUp}), logs in (one session
 * or this replica's shards), reads a made-up interaction with JDA's classes ({@link JdaWarmUp}) and
 * returns; events then arrive on JDA's threads. {@link #stop()} stops taking commands, waits up to
 * 10 s for the answers in flight, then closes the gateway. One instance per process.
 */
final class DiscordChat implements ChatService {

  private static final Logger LOG = LoggerFactory.getLogger(DiscordChat.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final GatewayConnector connector;
  private final MxListener listener;
  private final RequestPipeline pipeline;
  private final DiscordSettings settings;
  private final WatchDeliveries watchDeliveries;
  private final Replies replies;
  private final WarmUpWorld.Opener worlds;
  private volatile GatewayConnector.Gateway gateway;
  private volatile boolean stopping;

  @Inject
  DiscordChat(
      GatewayConnector connector,
      MxListener listener,
      RequestPipeline pipeline,
      DiscordSettings settings,
      WatchDeliveries watchDeliveries,
      Replies replies,
      WarmUpWorld.Opener worlds) {
    this.worlds = worlds;
    this.watchDeliveries = watchDeliveries;
    this.replies = replies;
    this.connector = connector;
    this.listener = listener;
    this.pipeline = pipeline;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "discord";
  }

  /**
   * Logs in; JDA checks the token before returning. Both expected failures are one line, without a
   * stack trace: a refused token, and a Discord that cannot be reached (no such host, connection
   * refused), which says nothing of the token.
   *
   * @throws ConfigException when Discord refuses the token or cannot be reached
   */
  @Override
  public void start() {
    // Before the gateway opens, so that Discord sends nothing to a cold adapter.
    new DiscordWarmUp(worlds, replies).run();
    try {
      gateway = connector.open(listener);
      gateway.anyShard().ifPresent(jda -> JdaWarmUp.run(jda, listener));
      gateway
          .anyShard()
          .ifPresent(
              jda ->
                  watchDeliveries.register(
                      "discord", new DiscordWatchDelivery(jda, replies, settings.restUrl())));
    } catch (InvalidTokenException refused) {
      throw new ConfigException(
          Secrets.DISCORD_TOKEN
              + ": Discord refused the bot token; copy it again from the Developer Portal"
              + " (Bot, Reset Token)");
    } catch (RuntimeException failed) {
      Optional<String> network = Unreachable.in(failed);
      if (network.isEmpty()) {
        throw failed;
      }
      throw new ConfigException(
          Unreachable.line(
              "discord",
              "Discord's REST API",
              settings.restUrl().orElse("its default address"),
              network.get(),
              "discord.restUrl"));
    }
  }

  /** Connected and not stopping (JDA may still say CONNECTED while its shutdown runs). */
  @Override
  public boolean ready() {
    GatewayConnector.Gateway open = gateway;
    return !stopping && open != null && open.connected();
  }

  /** Answers are counted from the admission until Discord acknowledged the edit. */
  @Override
  public boolean awaitAnswered(Duration limit) {
    return pipeline.awaitAnswered(limit);
  }

  @Override
  public void stop() {
    stopping = true;
    watchDeliveries.remove("discord");
    if (!pipeline.close(STOP_WAIT)) {
      LOG.warn("discord: stopping with {} answers still in flight", pipeline.inFlight());
    }
    GatewayConnector.Gateway open = gateway;
    if (open != null) {
      open.close(STOP_WAIT);
    }
  }
}
