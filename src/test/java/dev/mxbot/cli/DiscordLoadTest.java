package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.config.DiscordSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same outage seen from Discord: 500 {@code /mx} interactions arrive through the fake gateway
 * in about 5 s, against demo zones answering with a 50 ms delay. Each accepted one is deferred
 * within 3 s and its {@code @original} edited exactly once; the hurried users are told to wait.
 */
@Tag("load")
@DisplayName("/mx in Discord, under load")
class DiscordLoadTest {

  static final int INTERACTIONS = 500;
  static final Duration SPREAD = Duration.ofSeconds(5);
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  @Test
  @DisplayName(
      "500 /mx in 5 s: each accepted one deferred within 3 s and edited exactly once, the hurried"
          + " users told to wait, threads bounded, and mxbot still answers")
  void nothingLost() throws Exception {
    LoadPlan plan = new LoadPlan(INTERACTIONS, 12, 4, 5);
    try (DiscordWorld world =
        DiscordWorld.start(DiscordSettings.DEFAULTS, DiscordWorld.perMinute(plan.perMinuteLimit))) {
      world.dns.server.delayAll(Duration.ofMillis(50));
      send(world, "warm", "700000000000099999", "mx-2016.it");
      world.rest.await("PATCH", "warm-token/messages/@original");
      int threadsBefore = Thread.activeCount();

      Map<String, Long> dispatched = new HashMap<>();
      long start = System.nanoTime();
      long slot = SPREAD.toNanos() / INTERACTIONS;
      for (LoadPlan.Command command : plan.commands) {
        long wait = start + command.index() * slot - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        dispatched.put(command.id() + "-token", System.nanoTime());
        send(world, command.id(), discordUser(command.user()), command.domain());
      }
      double seconds = (System.nanoTime() - start) / 1e9;

      List<FakeDiscordRest.Call> calls = awaitQuiet(world, plan);
      Map<String, List<FakeDiscordRest.Call>> callbacks = new HashMap<>();
      Map<String, Integer> edits = new HashMap<>();
      for (FakeDiscordRest.Call call : calls) {
        String[] parts = call.path().split("/");
        if (call.method().equals("POST") && call.path().startsWith("interactions/")) {
          callbacks.computeIfAbsent(parts[2], t -> new ArrayList<>()).add(call);
        } else if (call.method().equals("PATCH") && call.path().endsWith("@original")) {
          edits.merge(parts[2], 1, Integer::sum);
        }
      }

      int deferred = 0;
      int limited = 0;
      long worstCallbackMillis = 0;
      for (LoadPlan.Command command : plan.commands) {
        String token = command.id() + "-token";
        List<FakeDiscordRest.Call> mine = callbacks.getOrDefault(token, List.of());
        assertThat(mine).as("callbacks for %s", token).hasSize(1);
        FakeDiscordRest.Call callback = mine.get(0);
        long millis = (callback.nanos() - dispatched.get(token)) / 1_000_000;
        worstCallbackMillis = Math.max(worstCallbackMillis, millis);
        assertThat(Duration.ofMillis(millis))
            .as("callback of %s", token)
            .isLessThan(Duration.ofSeconds(3));
        if (callback.body().path("type").asInt() == 5) {
          deferred++;
          assertThat(edits.getOrDefault(token, 0)).as("edits of %s", token).isEqualTo(1);
        } else {
          limited++;
          assertThat(callback.body().toString()).contains("You have run many checks");
          assertThat(edits.get(token)).as("edits of limited %s", token).isNull();
        }
      }
      assertThat(limited).isEqualTo(plan.expectedLimited());

      System.out.printf(
          "Discord load: %d interactions in %.1f s (%.0f/s), %d deferred and edited once, %d"
              + " rate-limited, slowest callback %d ms, threads %d before, %d after%n",
          INTERACTIONS,
          seconds,
          INTERACTIONS / seconds,
          deferred,
          limited,
          worstCallbackMillis,
          threadsBefore,
          Thread.activeCount());
      System.out.println("Discord load, threads after: " + LoadThreads.histogram());
      assertThat(Thread.activeCount()).as("threads after the run").isLessThan(threadsBefore + 100);

      send(world, "after", "700000000000099999", "ovh-customer.it");
      world.rest.await("PATCH", "after-token/messages/@original");
    }
  }

  /** Dispatches {@code /mx domain} by {@code user}; its token is {@code id + "-token"}. */
  private static void send(DiscordWorld world, String id, String user, String domain)
      throws InterruptedException {
    ObjectNode interaction = new FakeInteractions().user(user).slash("domain", domain);
    long snowflake =
        ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0xFFF);
    interaction.put("id", Long.toString(snowflake));
    interaction.put("token", id + "-token");
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  /** A snowflake-shaped user id for a plan's user name. */
  private static String discordUser(String name) {
    return Long.toString(710_000_000_000_000_000L + Math.abs(name.hashCode()));
  }

  /** The fake's calls once every interaction has its callback and edit, or after 60 s. */
  private static List<FakeDiscordRest.Call> awaitQuiet(DiscordWorld world, LoadPlan plan)
      throws InterruptedException {
    int expected = 2 * INTERACTIONS - plan.expectedLimited();
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && answerCalls(world) < expected) {
      Thread.sleep(100);
    }
    Thread.sleep(1000);
    return world.rest.calls();
  }

  private static long answerCalls(DiscordWorld world) {
    return world.rest.calls().stream().filter(c -> c.path().contains("load-")).count();
  }
}
