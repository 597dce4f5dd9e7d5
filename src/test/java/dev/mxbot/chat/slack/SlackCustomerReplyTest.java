package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.testing.CliReplies;
import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.SlackHttpRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /mx ... reply=de} in Slack: the customer reply arrives in one preformatted block, only to
 * the agent, byte for byte what {@code mxbot check --reply de} prints.
 */
@DisplayName("Slack, customer reply")
class SlackCustomerReplyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SlackHttpRun run;

  @BeforeAll
  static void start() throws Exception {
    run = SlackHttpRun.start();
  }

  @AfterAll
  static void stop() {
    run.close();
  }

  /** The texts of every rich_text_preformatted element of a message. */
  private static List<String> preformatted(JsonNode message) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : message.path("blocks")) {
      if (block.path("type").asText().equals("rich_text")) {
        for (JsonNode element : block.path("elements")) {
          if (element.path("type").asText().equals("rich_text_preformatted")) {
            StringBuilder text = new StringBuilder();
            element.path("elements").forEach(e -> text.append(e.path("text").asText()));
            texts.add(text.toString());
          }
        }
      }
    }
    return texts;
  }

  @Test
  @DisplayName(
      "/mx mx-2016-cloudflare.it reply=de: the private report carries the German reply, equal to"
          + " the command line's")
  void privateReplyEqualsCli() throws Exception {
    run.post(run.slashCommand("mx-2016-cloudflare.it reply=de", "reply"));

    JsonNode message = JSON.readTree(run.slack.nextResponse(10).body());
    assertThat(message.path("response_type").asText()).isEqualTo("ephemeral");
    List<String> blocks = preformatted(message);
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0))
        .isEqualTo(CliReplies.reply(run.world, "de", "mx-2016-cloudflare.it"))
        .contains("Cloudflare")
        .contains("2 h");
    assertThat(message.toString()).contains("mx_recheck").contains("reply=de");
  }

  @Test
  @DisplayName(
      "/mx ... reply=it share: the report goes to the channel without the reply, which follows"
          + " privately")
  void sharedReportKeepsTheReplyPrivate() throws Exception {
    run.post(run.slashCommand("spf-no-include.it reply=it share", "shared-reply"));

    FakeSlack.Posted first = run.slack.nextResponse(10);
    FakeSlack.Posted second = run.slack.nextResponse(10);
    JsonNode report = JSON.readTree(first.body());
    JsonNode reply = JSON.readTree(second.body());
    assertThat(report.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(preformatted(report)).isEmpty();
    assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(preformatted(reply))
        .containsExactly(CliReplies.reply(run.world, "it", "spf-no-include.it"));
  }

  @Test
  @DisplayName("reply=ja is refused at once: there are no Japanese templates")
  void unknownReplyLanguageRefused() throws Exception {
    String ack = run.post(run.slashCommand("mx-2016.it reply=ja", "ja")).body();
    assertThat(JSON.readTree(ack).path("text").asText()).contains("reply=");
  }
}
