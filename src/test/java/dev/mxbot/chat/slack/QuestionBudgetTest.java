package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.testing.SlackHttpRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A budget of DNS questions per agent per minute (here 60; {@code ovh-customer.it} costs 53, {@code
 * mx-2016.it} 47): over it, {@code /mx} is told to wait before any query; a report shared or reused
 * from another check costs nothing.
 */
@DisplayName("Slack: the DNS questions an agent's checks may send")
class QuestionBudgetTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @Timeout(120)
  @DisplayName(
      "past 60 questions in a minute the next /mx waits and queries nothing; reused reports are"
          + " free")
  void overBudgetWaits() throws Exception {
    try (SlackHttpRun run =
        SlackHttpRun.start(
            s -> s, c -> c.withChecksPerUserPerMinute(100).withDnsQuestionBudgets(60, 100_000))) {
      assertThat(ack(run, "ovh-customer.it", "a1", "UBUSY")).startsWith("Checking");
      run.settle();
      assertThat(ack(run, "mx-2016.it", "a2", "UBUSY")).startsWith("Checking");
      run.settle();
      run.world.server.resetLog();

      assertThat(ack(run, "spf-none.it", "a3", "UBUSY"))
          .startsWith("You have run many checks in the last minute");
      run.settle();
      assertThat(run.world.server.queries()).as("DNS questions").isEmpty();

      String[] reused = {"ovh-customer.it", "mx-2016.it", "ovh-customer.it"};
      for (int i = 0; i < reused.length; i++) {
        assertThat(ack(run, reused[i], "b" + i, "UCALM")).startsWith("Checking");
        run.settle();
      }
      assertThat(run.world.server.queries()).as("reused reports ask nothing").isEmpty();
      assertThat(ack(run, "spf-none.it", "b4", "UCALM"))
          .as("reused reports cost nothing")
          .startsWith("Checking");
    }
  }

  private static String ack(SlackHttpRun run, String domain, String id, String user)
      throws Exception {
    String body = run.slashCommand(domain, id, "T1DC2JH3J", "C0CHANNEL", user);
    return JSON.readTree(run.post(body).body()).path("text").asText();
  }
}
