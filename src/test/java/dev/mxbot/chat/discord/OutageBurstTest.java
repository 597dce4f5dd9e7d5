package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.testing.BusyWorkers;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeInteractions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An outage at a big customer: the whole support floor checks the same domain at once, while every
 * diagnosis worker is busy with other work. Commands identical to one just answered take no worker:
 * they get the recent report. Only new work is told "busy". (Joining a diagnosis still running is
 * told in {@code RequestPipelineTest}.)
 */
@DisplayName("/mx during an outage, 500 agents on the same domain")
class OutageBurstTest {

  @Test
  @Timeout(600)
  @SuppressWarnings("try") // busy only has to hold every worker for the block
  @DisplayName(
      "with every worker busy, 500 agents asking about a domain just checked all get the report,"
          + " none is told 'busy'; a new domain is")
  void identicalCommandsNeedNoWorker() throws Exception {
    try (DiscordWorld world = DiscordWorld.start()) {
      ObjectNode first = new FakeInteractions().slash("domain", "mx-2016.it");
      world.gateway.dispatch("INTERACTION_CREATE", first);
      assertThat(world.rest.answerTo(first.get("token").asText()).toString())
          .contains("mx-2016.it");

      try (BusyWorkers busy = BusyWorkers.take(world.dns.app.get(CommandExecutor.class))) {
        List<String> tokens = new ArrayList<>();
        for (int agent = 0; agent < 500; agent++) {
          ObjectNode interaction =
              new FakeInteractions()
                  .user(FakeInteractions.userId("outage-agent-" + agent))
                  .slash("domain", "MX-2016.it");
          tokens.add(interaction.get("token").asText());
          world.gateway.dispatch("INTERACTION_CREATE", interaction);
        }
        ObjectNode newWork = new FakeInteractions().slash("domain", "spf-none.it");
        world.gateway.dispatch("INTERACTION_CREATE", newWork);

        for (String token : tokens) {
          JsonNode answer = world.rest.answerTo(token);
          assertThat(answer.toString()).as(token).contains("mx-2016.it").doesNotContain("busy");
          assertThat(answer.get("embeds")).as(token).isNotEmpty();
        }
        assertThat(world.rest.answerTo(newWork.get("token").asText()).get("content").asText())
            .startsWith("I'm busy with many checks right now");
      }
      world.settle();
    }
  }
}
