package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.testing.CliReplies;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeDiscordRest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /mx} with the {@code reply} option in Discord: the report as usual, then the customer
 * reply as its own private message, one code block, byte for byte what {@code mxbot check --reply}
 * prints, pinging nobody.
 */
@DisplayName("/mx reply in Discord")
class DiscordCustomerReplyTest {

  private static DiscordWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = DiscordWorld.start();
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  /** The follow-up message (not the deferred answer) sent for the interaction {@code token}. */
  private static JsonNode followUp(String token) throws InterruptedException {
    FakeDiscordRest.Call call =
        world.rest.await(
            c ->
                c.method().equals("POST")
                    && c.path().contains(token)
                    && !c.path().endsWith("/callback"));
    return call.body();
  }

  /** The reply's code block: in the content, or (a long reply) in the embed's description. */
  private static String codeBlock(JsonNode message) {
    String content = message.path("content").asText();
    if (!content.contains("```")) {
      content = message.path("embeds").path(0).path("description").asText();
    }
    return codeBlock(content);
  }

  private static String codeBlock(String content) {
    int open = content.indexOf("```\n");
    int close = content.lastIndexOf("```");
    assertThat(open).isNotNegative();
    assertThat(close).isGreaterThan(open);
    return content.substring(open + 4, close);
  }

  @Test
  @DisplayName(
      "reply=de: the German reply follows the report privately, equal to the command line's")
  void replyFollowsPrivately() throws Exception {
    ObjectNode interaction =
        world.interactions.slash("domain", "mx-2016-cloudflare.it", "reply", "de");
    String token = interaction.get("token").asText();
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
    JsonNode report = world.rest.answerTo(token);
    assertThat(report.get("embeds").get(0).toString()).contains("mx-2016-cloudflare.it");

    JsonNode reply = followUp(token);
    assertThat(reply.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(reply.get("allowed_mentions").get("parse")).isEmpty();
    assertThat(codeBlock(reply))
        .isEqualTo(CliReplies.reply(world.dns, "de", "mx-2016-cloudflare.it"));
  }

  @Test
  @DisplayName("with share, the report is public but the reply stays private")
  void sharedReportPrivateReply() throws Exception {
    ObjectNode interaction =
        world.interactions.slash("domain", "spf-no-include.it", "reply", "pl", "share", "true");
    String token = interaction.get("token").asText();
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
    JsonNode callback = world.rest.await("POST", token + "/callback").body();
    assertThat(callback.path("data").path("flags").asInt() & 64).isZero();
    JsonNode report = world.rest.answerTo(token);
    assertThat(report.toString()).doesNotContain("```");

    JsonNode reply = followUp(token);
    assertThat(reply.path("flags").asInt() & 64).isEqualTo(64);
    assertThat(codeBlock(reply)).isEqualTo(CliReplies.reply(world.dns, "pl", "spf-no-include.it"));
  }
}
