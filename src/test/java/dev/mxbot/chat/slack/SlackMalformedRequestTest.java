package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.SlackHttpRun;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Correctly signed requests that are still wrong — no usable {@code response_url}, a broken
 * percent-escape, a body of no known kind — get a clear answer and one log line without a stack
 * trace, and nothing is queried.
 */
@DisplayName("Slack, HTTP mode, malformed requests")
class SlackMalformedRequestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ABSENT = "(absent)";
  private static SlackHttpRun run;

  @BeforeAll
  static void start() throws Exception {
    run = SlackHttpRun.start();
  }

  @AfterAll
  static void stop() {
    run.close();
  }

  /** {@code /mx mx-2016.it} with that response_url ({@link #ABSENT}: none). */
  private static String command(String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", "T1DC2JH3J");
    form.put("channel_id", "C0CHANNEL");
    form.put("user_id", "UNOADDRESS");
    form.put("user_name", "roadrunner");
    form.put("command", "/mx");
    form.put("text", "mx-2016.it");
    if (!responseUrl.equals(ABSENT)) {
      form.put("response_url", responseUrl);
    }
    return SlackHttpRun.form(form);
  }

  /** Posts {@code body}, signed; returns the response and every event logged meanwhile. */
  private static Exchange exchange(String body) throws Exception {
    run.world.server.resetLog();
    try (LogCapture logs = new LogCapture(Level.DEBUG)) {
      HttpResponse<String> response = run.post(body);
      run.settle();
      return new Exchange(response, logs.events());
    }
  }

  private record Exchange(HttpResponse<String> response, List<ILoggingEvent> events) {
    List<String> linesFromInfo() {
      return events.stream()
          .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  @ParameterizedTest(name = "response_url {0}")
  @ValueSource(strings = {ABSENT, "", "not a url", "ftp://x", "http://", "https:///commands/T1/2"})
  @DisplayName(
      "a command without a usable response_url is told it cannot be answered; one log line, nothing"
          + " queried")
  void noResponseUrl(String responseUrl) throws Exception {
    Exchange exchange = exchange(command(responseUrl));

    assertThat(exchange.response().statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(exchange.response().body()).path("text").asText())
        .startsWith("I cannot answer this command: Slack sent it without a usable reply address");
    assertThat(run.slack.pollResponse(0)).as("nothing sent").isNull();
    assertThat(run.world.server.queries()).as("DNS queries").isEmpty();
    assertThat(exchange.linesFromInfo())
        .singleElement()
        .asString()
        .contains("slack /mx", "domain=mx-2016.it", "verdict=refused:no_response_url");
    assertThat(exchange.events()).noneMatch(e -> e.getThrowableProxy() != null);
  }

  @Test
  @DisplayName("a malformed percent-escape in a signed body is 400, not 500, and logs no stack")
  void malformedEscape() throws Exception {
    Exchange exchange = exchange(command(run.slack.responseUrl("escape")) + "&text=%ZZ");

    assertThat(exchange.response().statusCode()).isEqualTo(400);
    assertThat(exchange.linesFromInfo())
        .containsExactly("slack http: malformed request refused (IllegalArgumentException)");
    assertThat(exchange.events()).noneMatch(e -> e.getThrowableProxy() != null);
    assertThat(run.world.server.queries()).as("DNS queries").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hello=world&user_name=roadrunner", "payload=%7B", "payload=%5B%5D"})
  @DisplayName("a signed form Bolt cannot read is 400: one line, without the body nor a stack")
  void unreadableBody(String body) throws Exception {
    Exchange exchange = exchange(body);

    assertThat(exchange.response().statusCode()).isEqualTo(400);
    assertThat(exchange.linesFromInfo())
        .singleElement()
        .asString()
        .startsWith("slack http: ")
        .doesNotContain("roadrunner");
    assertThat(exchange.events())
        .noneMatch(e -> e.getThrowableProxy() != null)
        .noneMatch(e -> e.getFormattedMessage().contains("roadrunner"));
  }

  @Test
  @DisplayName("a button click without a response_url runs nothing and logs one line")
  void clickWithoutResponseUrl() throws Exception {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("team").put("id", "T1DC2JH3J");
    payload.putObject("user").put("id", "UCLICKER").put("username", "roadrunner");
    payload.putObject("channel").put("id", "C0CHANNEL");
    payload.put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("action_id", "mx_recheck").put("block_id", "mx_actions").put("type", "button");
    action.put("value", "en:mx-2016.it").put("action_ts", "1531420620.000200");
    String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);

    Exchange exchange = exchange(body);

    assertThat(exchange.response().statusCode()).isEqualTo(200);
    assertThat(run.slack.pollResponse(0)).as("nothing sent").isNull();
    assertThat(run.world.server.queries()).as("DNS queries").isEmpty();
    assertThat(exchange.linesFromInfo())
        .singleElement()
        .asString()
        .contains("slack /mx", "verdict=refused:no_response_url");
    assertThat(exchange.events()).noneMatch(e -> e.getThrowableProxy() != null);
  }
}
