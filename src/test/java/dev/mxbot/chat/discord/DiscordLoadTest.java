package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.testing.DiscordTally;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeDiscordRest;
import dev.mxbot.testing.LoadPlan;
import dev.mxbot.testing.LoadThreads;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load profile ({@code mvn verify -Pload}): 500 {@code /mx} interactions paced over 5 s through
 * the fake gateway, against demo zones answering with a 50 ms delay. It asserts behaviour only; the
 * slowest callback (Discord allows 3 s) and the rate are printed as figures — timing belongs to the
 * benchmark. Long, so not in the default run; {@link DiscordBurstTest} asserts the same behaviour
 * there.
 */
@Tag("load")
@DisplayName("/mx in Discord, under load")
class DiscordLoadTest {

  static final int INTERACTIONS = 500;
  static final Duration SPREAD = Duration.ofSeconds(5);

  @Test
  @DisplayName(
      "500 /mx over 5 s: each called back once, each accepted one deferred and edited exactly once,"
          + " the hurried users told to wait, threads bounded, and mxbot still answers")
  void nothingLost() throws Exception {
    LoadPlan plan = new LoadPlan(INTERACTIONS, 12, 4, 5);
    try (DiscordWorld world =
        DiscordWorld.start(DiscordSettings.DEFAULTS, DiscordWorld.perMinute(plan.perMinuteLimit))) {
      world.dns.server.delayAll(Duration.ofMillis(50));
      world.dns.app.get(CommandExecutor.class).keepWarm(); // as serve does
      world.dns.app.get(Pipelines.class).keepWarm();
      world.settle();
      int threadsBefore = Thread.activeCount();

      Map<String, Long> dispatched = new HashMap<>();
      long start = System.nanoTime();
      long slot = SPREAD.toNanos() / INTERACTIONS;
      for (LoadPlan.Command command : plan.commands) {
        long wait = start + command.index() * slot - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        dispatched.put(DiscordBurstTest.token(command), System.nanoTime());
        DiscordBurstTest.send(world, command);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      world.settle();

      DiscordTally tally = new DiscordTally(world.rest.calls());
      int deferred = 0;
      int limited = 0;
      long worstCallbackMillis = 0;
      for (LoadPlan.Command command : plan.commands) {
        String token = DiscordBurstTest.token(command);
        assertThat(tally.callbacks(token)).as("callbacks for %s", token).hasSize(1);
        FakeDiscordRest.Call callback = tally.callbacks(token).get(0);
        long millis = (callback.nanos() - dispatched.get(token)) / 1_000_000;
        worstCallbackMillis = Math.max(worstCallbackMillis, millis);
        if (DiscordTally.deferred(callback)) {
          deferred++;
          assertThat(tally.edits(token)).as("edits of %s", token).hasSize(1);
        } else {
          limited++;
          assertThat(callback.body().toString()).contains("You have run many checks");
          assertThat(tally.edits(token)).as("edits of limited %s", token).isEmpty();
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
      assertThat(Thread.activeCount())
          .as("threads after the run")
          .isLessThanOrEqualTo(threadsBefore + DiscordBurstTest.THREAD_HEADROOM);
    }
  }
}
