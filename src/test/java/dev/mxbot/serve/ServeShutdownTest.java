package dev.mxbot.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.ServeWorld;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while agents wait for an answer: {@code serve}'s stop path (what the signal runs) lets
 * the diagnoses in flight finish and deliver before the connections close.
 */
@DisplayName("serve stopping with diagnoses in flight")
class ServeShutdownTest {

  @Test
  @DisplayName(
      "stopping during a slow-zone diagnosis in Slack and in Discord: both answers still arrive,"
          + " /readyz says shutting down meanwhile")
  void answersInFlightStillArrive() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        ServeWorld world =
            ServeWorld.build(
                true,
                true,
                Serve.ADAPTERS,
                slack -> List.of(ServeWorld.slashEnvelope(slack, "slow-dns.it", "slow")))) {
      world.serving.start();
      world.socket.nextReceived(10); // the ack: the diagnosis is queued
      ObjectNode interaction = new FakeInteractions().slash("domain", "slow-dns.it");
      world.gateway.dispatch("INTERACTION_CREATE", interaction);
      world.rest.await("POST", interaction.get("token").asText() + "/callback");
      CommandExecutor executor = world.dns.app.get(CommandExecutor.class);
      long deadline = System.currentTimeMillis() + 60_000;
      SharedDiagnoses work = world.dns.app.get(SharedDiagnoses.class);
      while (work.joined() < 1 && System.currentTimeMillis() < deadline) {
        Thread.sleep(10);
      }
      assertThat(executor.inFlight()).as("one diagnosis running").isEqualTo(1);
      assertThat(work.joined()).as("the Discord command joined the Slack one").isEqualTo(1);
      assertThat(world.slack.pollResponse(0)).as("nothing answered yet").isNull();

      Thread stopper = new Thread(world.serving::stop);
      stopper.start();
      assertThat(world.awaitOps("/readyz", r -> r.body().contains("shutting down"), 5).body())
          .contains("shutting down");
      stopper.join(20_000);

      assertThat(stopper.isAlive()).isFalse();
      FakeSlack.Posted answer = world.slack.nextResponse(1);
      assertThat(answer.path()).isEqualTo("/respond/slow");
      assertThat(answer.body()).contains("slow-dns.it");
      assertThat(
              world.rest.calls("PATCH", interaction.get("token").asText() + "/messages/@original"))
          .hasSize(1);
      assertThat(world.services).noneMatch(s -> s.ready());
      assertThat(logs.messages()).contains("stopped");
    }
  }
}
