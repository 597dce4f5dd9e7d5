package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.testing.SlackHttpRun;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Slack endpoint faces the internet: a replayed request, an oversized or mistyped body, and a
 * command probing private DNS all stop before mxbot does any work.
 */
@DisplayName("Slack, HTTP mode, under attack")
class SlackHttpSecurityTest {

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

  private static HttpRequest.Builder signed(String body, String contentType) throws Exception {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(run.endpoint())
            .timeout(Duration.ofSeconds(10))
            .header("X-Slack-Request-Timestamp", timestamp)
            .header(
                "X-Slack-Signature",
                SlackSignature.sign(SlackHttpRun.SIGNING_SECRET, timestamp, body));
    return contentType == null ? request : request.header("Content-Type", contentType);
  }

  @Test
  @DisplayName(
      "the same signed /mx sent twice inside the 5-minute window is answered once: the replay gets"
          + " 409")
  void replayAnsweredOnce() throws Exception {
    String body = run.slashCommand("ovh-customer.it", "replay");
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    String signature = SlackSignature.sign(SlackHttpRun.SIGNING_SECRET, timestamp, body);

    HttpResponse<String> first = run.post(body, timestamp, signature);
    HttpResponse<String> replay = run.post(body, timestamp, signature);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(run.slack.nextResponse(30)).as("the one final answer").isNotNull();
    run.settle();
    assertThat(run.slack.pollResponse(0)).as("no second answer").isNull();
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(strings = {"text/plain", "multipart/form-data; boundary=x", "application/xml"})
  @DisplayName("a body that is neither a form nor JSON gets 415 and nothing runs")
  void wrongContentType(String contentType) throws Exception {
    String body = run.slashCommand("ovh-customer.it", "type");
    HttpRequest.Builder request =
        signed(body, contentType).POST(HttpRequest.BodyPublishers.ofString(body));

    HttpResponse<String> refused = run.send(request);

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.headers().firstValue("Connection"))
        .as("the unread body's connection is not offered for reuse")
        .hasValue("close");
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
  }

  @Test
  @DisplayName("a body without Content-Type gets 415 too")
  void noContentType() throws Exception {
    String body = run.slashCommand("ovh-customer.it", "none");

    assertThat(
            run.send(signed(body, null).POST(HttpRequest.BodyPublishers.ofString(body)))
                .statusCode())
        .isEqualTo(415);
  }

  @Test
  @DisplayName("a body over 64 KB sent chunked, with no length announced, still gets 413")
  void chunkedOversize() throws Exception {
    byte[] big = ("text=" + "a".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        signed(new String(big, StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

    assertThat(run.send(request).statusCode()).isEqualTo(413);
  }

  @ParameterizedTest(name = "/mx {0}")
  @ValueSource(
      strings = {
        "printer.local",
        "printer.corp",
        "nas.home",
        "kubernetes.default.svc",
        "shop.test",
        "www.example",
        "foo.alt",
        "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion",
        "intranet.corp.internal",
        "router.home.arpa",
        "localhost",
        "192.168.1.1",
        "10.0.0.1",
        "[2001:db8::1]",
        "::1",
        "1.1.168.192.in-addr.arpa",
        "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa",
        "<http://10.0.0.1|10.0.0.1>",
        "http://127.0.0.1:8080/admin",
        "user@[192.0.2.1]"
      })
  @DisplayName(
      "private and special-use names, names outside the public top-level domains, IP literals and"
          + " reverse zones are refused before any DNS query")
  void probesRefusedBeforeAnyQuery(String typed) throws Exception {
    run.world.server.resetLog();

    HttpResponse<String> ack = run.post(run.slashCommand(typed, "probe"));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ack.body()).path("text").asText()).startsWith("I cannot check that");
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
    assertThat(run.world.server.queries()).as("queries for %s", typed).isEmpty();
  }
}
