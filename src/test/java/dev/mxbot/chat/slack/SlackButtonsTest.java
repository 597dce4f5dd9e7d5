package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.SlackHttpRun;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The agent clicks a button under the private report: the click (a signed {@code block_actions}
 * request) is acknowledged at once, and the answer goes to the button's {@code response_url}.
 */
@DisplayName("Slack buttons")
class SlackButtonsTest {

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

  private static String click(String actionId, String value, String responseId, String username) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("team").put("id", "T1DC2JH3J").put("domain", "testteamnow");
    payload
        .putObject("user")
        .put("id", "U2CERLKJA")
        .put("username", username)
        .put("name", username)
        .put("team_id", "T1DC2JH3J");
    payload.put("api_app_id", "A0APP");
    payload.put("token", "legacy-verification-token");
    payload
        .putObject("container")
        .put("type", "message")
        .put("message_ts", "1531420618.000100")
        .put("channel_id", "C0CHANNEL")
        .put("is_ephemeral", true);
    payload.put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    payload.putObject("channel").put("id", "C0CHANNEL").put("name", "support");
    payload.put("response_url", run.slack.responseUrl(responseId));
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("action_id", actionId);
    action.put("block_id", "mx_actions");
    action.put("type", "button");
    action.put("value", value);
    action.put("action_ts", "1531420620.000200");
    action.putObject("text").put("type", "plain_text").put("text", "button");
    return SlackHttpRun.form(Map.of("payload", payload.toString()));
  }

  @Test
  @DisplayName(
      "'Share in channel' reposts the report for everyone, saying who shared it (name escaped)")
  void share() throws Exception {
    HttpResponse<String> ack = run.post(click("mx_share", "en:mx-2016.it", "share", "road&runner"));

    assertThat(ack.statusCode()).isEqualTo(200);
    FakeSlack.Posted posted = run.slack.nextResponse(10);
    assertThat(posted.path()).isEqualTo("/respond/share");
    JsonNode message = JSON.readTree(posted.body());
    assertThat(message.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(message.path("replace_original").asBoolean(true)).isFalse();
    assertThat(message.toString())
        .contains("Shared by road&amp;runner")
        .contains("are an older OVHcloud set")
        .doesNotContain("mx_share");
  }

  @Test
  @DisplayName("'Re-check' runs the check again and replaces the private message, buttons kept")
  void recheck() throws Exception {
    HttpResponse<String> ack =
        run.post(click("mx_recheck", "it:mx-2016.it", "recheck", "roadrunner"));

    assertThat(ack.statusCode()).isEqualTo(200);
    JsonNode message = JSON.readTree(run.slack.nextResponse(10).body());
    assertThat(message.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(message.path("replace_original").asBoolean()).isTrue();
    assertThat(message.toString())
        .contains("DNS email di mx-2016.it")
        .contains("mx_recheck")
        .doesNotContain("Condiviso da");
  }

  @Test
  @DisplayName("a click on a button that is not ours is acknowledged and ignored")
  void foreignValue() throws Exception {
    HttpResponse<String> ack = run.post(click("mx_share", "", "foreign", "roadrunner"));

    assertThat(ack.statusCode()).isEqualTo(200);
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
  }
}
