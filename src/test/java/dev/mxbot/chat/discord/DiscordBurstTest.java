package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.testing.DiscordTally;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.LoadPlan;
import dev.mxbot.testing.LoadThreads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An outage seen from Discord: 500 {@code /mx} interactions arrive at once through the fake
 * gateway. What must hold whatever the machine's speed: every one acknowledged exactly once, every
 * accepted one answered exactly once, the hurried users told to wait, and a bounded number of
 * threads. How fast is the load profile's question ({@link DiscordLoadTest}).
 */
@DisplayName("/mx in Discord, 500 at once")
class DiscordBurstTest {

  static final int INTERACTIONS = 500;

  /** JDA's REST pool and OkHttp may add this many threads under load; nothing else may. */
  static final int THREAD_HEADROOM = 20;

  @Test
  @Timeout(600)
  @DisplayName(
      "500 /mx at once: each acknowledged once, each accepted one answered once, the hurried users"
          + " told to wait, at most 20 threads more than at start, and mxbot still answers")
  void everyCommandAnsweredOnce() throws Exception {
    LoadPlan plan = new LoadPlan(INTERACTIONS, 12, 4, 5);
    try (DiscordWorld world =
        DiscordWorld.start(DiscordSettings.DEFAULTS, DiscordWorld.perMinute(plan.perMinuteLimit))) {
      world.dns.app.get(CommandExecutor.class).keepWarm(); // as serve does
      world.dns.app.get(Pipelines.class).keepWarm();
      world.settle();
      int threadsBefore = Thread.activeCount();

      for (LoadPlan.Command command : plan.commands) {
        send(world, command);
      }
      world.settle();

      DiscordTally tally = new DiscordTally(world.rest.calls());
      int limited = 0;
      for (LoadPlan.Command command : plan.commands) {
        String token = token(command);
        assertThat(tally.callbacks(token)).as("callbacks for %s", token).hasSize(1);
        if (DiscordTally.deferred(tally.callbacks(token).get(0))) {
          assertThat(tally.edits(token)).as("answers to %s", token).hasSize(1);
        } else {
          limited++;
          assertThat(tally.callbacks(token).get(0).body().toString())
              .contains("You have run many checks");
          assertThat(tally.edits(token)).as("answers to limited %s", token).isEmpty();
        }
      }
      assertThat(limited).as("commands over the rate limit").isEqualTo(plan.expectedLimited());
      assertThat(Thread.activeCount())
          .as(() -> "threads after the burst: " + LoadThreads.histogram())
          .isLessThanOrEqualTo(threadsBefore + THREAD_HEADROOM);

      ObjectNode after = new FakeInteractions().slash("domain", "ovh-customer.it");
      world.gateway.dispatch("INTERACTION_CREATE", after);
      assertThat(world.rest.await("PATCH", after.get("token").asText()).body().toString())
          .contains("ovh-customer.it");
    }
  }

  /** Dispatches the command's {@code /mx domain} from its user. */
  static void send(DiscordWorld world, LoadPlan.Command command) throws InterruptedException {
    ObjectNode interaction =
        new FakeInteractions()
            .user(FakeInteractions.userId(command.user()))
            .slash("domain", command.domain());
    interaction.put("token", token(command));
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  static String token(LoadPlan.Command command) {
    return command.id() + "-token";
  }
}
