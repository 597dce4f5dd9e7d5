package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.SlackHttpRun;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An agent types {@code /mx} in a workspace whose app runs in HTTP mode: Slack's request reaches
 * the embedded Jetty for real, is verified, acknowledged within 3 s, and the Block Kit answer
 * arrives at the (loopback) {@code response_url}.
 */
@DisplayName("Slack, HTTP mode")
class SlackHttpModeTest {

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

  @Test
  @DisplayName(
      "/mx mx-2016.it is acknowledged privately at once, then the answer advises updating the"
          + " 2016 MX set and links the MX guide")
  void outdatedMxEndToEnd() throws Exception {
    HttpResponse<String> ack = run.post(run.slashCommand("mx-2016.it", "outdated"));

    assertThat(ack.statusCode()).isEqualTo(200);
    JsonNode ackJson = JSON.readTree(ack.body());
    assertThat(ackJson.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(ackJson.path("text").asText()).isEqualTo("Checking mx-2016.it…");

    FakeSlack.Posted answer = run.slack.nextResponse(10);
    assertThat(answer.path()).isEqualTo("/respond/outdated");
    JsonNode message = JSON.readTree(answer.body());
    String mxGuide = run.world.app.get(GuideCatalog.class).guide("mx", "en").orElseThrow().url();
    assertThat(message.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(message.path("text").asText()).contains("mx-2016.it");
    assertThat(answer.body())
        .contains("are an older OVHcloud set")
        .contains(mxGuide)
        .contains("mx_share")
        .contains("mx_recheck");
    assertThat(message.path("blocks").get(0).path("type").asText()).isEqualTo("header");
    run.settle();
    assertThat(run.slack.pollResponse(0)).as("exactly one final answer").isNull();
  }

  @Test
  @DisplayName(
      "Before it reports ready, the adapter warms its request path with signed /mx requests of its"
          + " own: all acknowledged, nothing queried, no answer posted, no command logged")
  void warmsUpBeforeReady() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        SlackHttpRun fresh = SlackHttpRun.start()) {
      assertThat(fresh.service.ready()).isTrue();
      assertThat(logs.messages())
          .anySatisfy(m -> assertThat(m).matches("slack http warm-up: (\\d+) of \\1 requests .*"))
          .noneSatisfy(m -> assertThat(m).startsWith("slack /mx"));
      assertThat(fresh.world.server.queries()).isEmpty();
      fresh.settle();
      assertThat(fresh.slack.pollResponse(0)).isNull();
    }
  }

  @Test
  @DisplayName("/mx with an IP address is refused in the ack itself, and nothing is queried")
  void badInputRefusedInAck() throws Exception {
    HttpResponse<String> ack = run.post(run.slashCommand("192.0.2.1", "ip"));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ack.body()).path("text").asText()).startsWith("I cannot check that");
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
  }

  @Test
  @DisplayName("/mx ... lang=it answers in Italian")
  void langOption() throws Exception {
    HttpResponse<String> ack = run.post(run.slashCommand("mx-2016.it lang=it", "italian"));

    assertThat(JSON.readTree(ack.body()).path("text").asText()).contains("Verifica di mx-2016.it");
    assertThat(run.slack.nextResponse(10).body()).contains("I record MX").contains("Verificato in");
  }

  @Test
  @DisplayName("/mx ... share posts the answer in the channel, without buttons")
  void shareOption() throws Exception {
    run.post(run.slashCommand("share mx-2016.it", "shared"));

    JsonNode message = JSON.readTree(run.slack.nextResponse(10).body());
    assertThat(message.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(message.toString()).doesNotContain("mx_share");
  }

  @Test
  @DisplayName("A request with a bad signature gets 401 and is not acknowledged")
  void badSignature() throws Exception {
    String body = run.slashCommand("mx-2016.it", "forged");
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    HttpResponse<String> response =
        run.post(body, timestamp, SlackSignature.sign("not-the-secret", timestamp, body));

    assertThat(response.statusCode()).isEqualTo(401);
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
  }

  @Test
  @DisplayName("GET on the Slack route gets 405; a body over 64 KB gets 413")
  void methodAndSize() throws Exception {
    assertThat(run.send(HttpRequest.newBuilder(run.endpoint()).GET()).statusCode()).isEqualTo(405);
    String big = "text=" + "a".repeat(70 * 1024);
    HttpResponse<String> response = run.post(big);
    assertThat(response.statusCode()).isEqualTo(413);
  }
}
