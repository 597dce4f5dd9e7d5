package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.config.Secrets;
import dev.mxbot.serve.DiscordAdapter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * mxbot's Discord adapter, wired as {@code serve} wires it, against a loopback fake Discord (a
 * gateway and a REST API) and the demo DNS world. Nothing leaves 127.0.0.1; the token is fake.
 */
public final class DiscordWorld implements AutoCloseable {

  /** Shaped like a real bot token (user id, timestamp, HMAC); fake. */
  public static final String TOKEN =
      "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GqW2eR.hT5yU8iO1pA4sD7fG0jK3lZ6xC9vB2nM5qW8eR1t";

  private static final String FENCE_USER = "700000000000000999";

  public final FakeDiscordGateway gateway;
  public final FakeDiscordRest rest;
  public final DemoWorld dns;
  final ChatService service;
  public final FakeInteractions interactions = new FakeInteractions();
  private final AtomicInteger fences = new AtomicInteger();

  private DiscordWorld(
      FakeDiscordGateway gateway, FakeDiscordRest rest, DemoWorld dns, ChatService service) {
    this.gateway = gateway;
    this.rest = rest;
    this.dns = dns;
    this.service = service;
  }

  /**
   * Starts with the given Discord settings (URLs are filled in), config changes and more feature
   * modules.
   */
  public static DiscordWorld start(
      DiscordSettings discord, UnaryOperator<BotConfig> adjust, com.google.inject.Module... extra)
      throws Exception {
    return start(new FakeDiscordGateway().begin(), new FakeDiscordRest(), discord, adjust, extra);
  }

  /** Starts against existing fakes (a restart keeps what they remember). */
  public static DiscordWorld start(
      FakeDiscordGateway gateway,
      FakeDiscordRest rest,
      DiscordSettings discord,
      UnaryOperator<BotConfig> adjust,
      com.google.inject.Module... extra)
      throws Exception {
    rest.gateway(gateway.url(), discord.shards().map(DiscordSettings.Shards::total).orElse(1));
    DiscordSettings pointed =
        new DiscordSettings(
            Optional.of(rest.url()),
            Optional.of(gateway.url()),
            discord.commandGuilds(),
            discord.allowedGuilds(),
            discord.requiredRoles(),
            discord.shards());
    DemoWorld dns = DemoWorld.start(config -> adjust.apply(config.withDiscord(pointed)), extra);
    ChatService service =
        new DiscordAdapter()
            .create(dns.app, new Secrets(Map.of("DISCORD_TOKEN", TOKEN)))
            .orElseThrow();
    try {
      service.start();
    } catch (RuntimeException e) {
      dns.close();
      throw e;
    }
    return new DiscordWorld(gateway, rest, dns, service);
  }

  /** Default Discord settings; a rate limit high enough for a whole test class. */
  public static DiscordWorld start() throws Exception {
    return start(DiscordSettings.DEFAULTS, perMinute(1000));
  }

  /** The configuration with {@code checks} allowed per user per minute. */
  public static UnaryOperator<BotConfig> perMinute(int checks) {
    return c -> c.withChecksPerUserPerMinute(checks);
  }

  /**
   * Returns once every interaction dispatched so far has been handled and its answer sent: after
   * this, a request the fake REST has not received will never come. JDA hands gateway events to
   * mxbot one after another, so once the callback of a fence dispatched last has arrived, every
   * earlier interaction was deferred or refused and its answer counted in flight; then the
   * adapter's drain point. The fence is {@code /mx fence.invalid} from a user of its own: refused
   * (by access, rate limit or input), it queries nothing.
   */
  public void settle() throws InterruptedException {
    ObjectNode fence = new FakeInteractions().user(FENCE_USER).slash("domain", "fence.invalid");
    String token = "fence-" + fences.incrementAndGet() + "-token";
    fence.put("token", token);
    gateway.dispatch("INTERACTION_CREATE", fence);
    rest.await("POST", "/" + token + "/callback");
    assertThat(service.awaitAnswered(Duration.ofSeconds(60))).as("every answer sent").isTrue();
  }

  /** Stops the bot only; the fakes stay up (for a restart). */
  public void stopBot() {
    service.stop();
    dns.close();
  }

  @Override
  public void close() {
    stopBot();
    rest.close();
    try {
      gateway.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
