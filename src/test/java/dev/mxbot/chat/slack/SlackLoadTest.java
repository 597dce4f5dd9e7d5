package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.LoadPlan;
import dev.mxbot.testing.LoadThreads;
import dev.mxbot.testing.SlackHttpRun;
import dev.mxbot.testing.SlackTraffic;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load profile ({@code mvn verify -Pload}): 2,000 signed {@code /mx} commands reach the Slack
 * HTTP endpoint paced over 20 s from 50 concurrent clients, against demo zones answering with a 50
 * ms delay. It asserts behaviour only; the ack times (p99, max; Slack allows 3 s) and the rate are
 * printed as figures — timing belongs to the benchmark ({@code mxbot-bench bench}, Slack phase).
 * Long, so not in the default run; {@link SlackBurstTest} asserts the same behaviour there.
 */
@Tag("load")
@DisplayName("Slack, HTTP mode, under load")
class SlackLoadTest {

  static final int COMMANDS = 2000;
  static final Duration SPREAD = Duration.ofSeconds(20);
  static final int CLIENTS = 50;

  @Test
  @DisplayName(
      "2,000 /mx over 20 s from 50 clients: each acked, each accepted one answered exactly once,"
          + " the hurried users told to wait, heap and threads bounded, and mxbot still answers")
  void nothingLost() throws Exception {
    LoadPlan plan = new LoadPlan(COMMANDS, 12, 10, 8);
    try (SlackHttpRun run =
        SlackHttpRun.start(s -> s, DiscordWorld.perMinute(plan.perMinuteLimit))) {
      run.world.server.delayAll(Duration.ofMillis(50));
      // Warm-up: one command, so the thread baseline includes the pools that start lazily.
      run.post(run.slashCommand("mx-2016.it", "warm"));
      run.slack.nextResponse(10);
      int threadsBefore = Thread.activeCount();

      long slot = SPREAD.toNanos() / COMMANDS;
      SlackTraffic traffic =
          new SlackTraffic().send(run, plan, CLIENTS, command -> command.index() * slot);
      assertThat(traffic.limited).hasSize(plan.expectedLimited());
      int answers = traffic.assertAnsweredOnce(run);
      double seconds = traffic.seconds;
      List<String> accepted = traffic.accepted;
      List<String> limited = traffic.limited;

      long[] ackMillis =
          traffic.acks.values().stream().mapToLong(a -> a.nanos() / 1_000_000).sorted().toArray();
      long p99 = ackMillis[(int) Math.ceil(ackMillis.length * 0.99) - 1];
      System.out.printf(
          "Slack load: %d commands in %.1f s (%.0f/s), %d accepted, %d rate-limited, ack p99 %d ms,"
              + " max %d ms, %d answers counted, threads %d before, %d after%n",
          COMMANDS,
          seconds,
          COMMANDS / seconds,
          accepted.size(),
          limited.size(),
          p99,
          ackMillis[ackMillis.length - 1],
          answers,
          threadsBefore,
          Thread.activeCount());
      System.out.println("Slack load, threads after: " + LoadThreads.histogram());
      long heapMb = LoadThreads.heapAfterGcMb();
      System.out.println("Slack load, heap used after GC: " + heapMb + " MB");
      assertThat(heapMb).as("heap used after GC, MB").isLessThan(256);
      assertThat(Thread.activeCount()).as("threads after the run").isLessThan(threadsBefore + 100);

      HttpResponse<String> after = run.post(run.slashCommand("mx-2016.it", "after"));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(run.slack.nextResponse(10).path()).isEqualTo("/respond/after");
    }
  }
}
