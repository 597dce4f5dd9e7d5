package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.LoadPlan;
import dev.mxbot.testing.SlackHttpRun;
import dev.mxbot.testing.SlackTraffic;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An outage seen from Slack: 400 signed {@code /mx} commands reach the HTTP endpoint at once from
 * 20 clients. What must hold whatever the machine's speed: every one acknowledged, every accepted
 * one answered exactly once, the hurried users told to wait, and — when the burst outruns the
 * workers — the rest told "busy" in the ack and never answered twice. How fast is the load
 * profile's question ({@link SlackLoadTest}).
 */
@DisplayName("Slack, HTTP mode, 400 at once")
class SlackBurstTest {

  @Test
  @Timeout(600)
  @DisplayName(
      "400 /mx at once from 20 clients: each acknowledged, each accepted one answered exactly"
          + " once, the hurried users told to wait, and mxbot still answers")
  void everyCommandAnsweredOnce() throws Exception {
    LoadPlan plan = new LoadPlan(400, 12, 5, 6);
    try (SlackHttpRun run =
        SlackHttpRun.start(s -> s, DiscordWorld.perMinute(plan.perMinuteLimit))) {
      SlackTraffic traffic = new SlackTraffic().send(run, plan, 20, command -> 0);

      assertThat(traffic.limited).hasSize(plan.expectedLimited());
      assertThat(traffic.assertAnsweredOnce(run)).isEqualTo(traffic.accepted.size());
      assertThat(traffic.accepted).as("accepted commands").isNotEmpty();
      System.out.printf(
          "Slack burst: %d accepted, %d rate-limited, %d busy%n",
          traffic.accepted.size(), traffic.limited.size(), traffic.busy.size());

      HttpResponse<String> after = run.post(run.slashCommand("mx-2016.it", "after"));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(run.slack.nextResponse(60).path()).isEqualTo("/respond/after");
    }
  }
}
