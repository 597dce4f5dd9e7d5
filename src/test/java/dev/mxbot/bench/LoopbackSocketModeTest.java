package dev.mxbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark's loopback Socket Mode endpoint, driven by a small bot of the test's own. */
@DisplayName("bench LoopbackSocketMode")
class LoopbackSocketModeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  @DisplayName(
      "apps.connections.open gives its URL once it runs; a connection is greeted with hello; a pushed /mx"
          + " envelope returns with the ack carrying its envelope_id, other messages ignored")
  void pushWaitsForTheAckOfItsEnvelope() throws Exception {
    try (LoopbackSlack slack = LoopbackSlack.start()) {
      assertThat(openConnection(slack).path("ok").asBoolean())
          .as("no Socket Mode fake before it is asked for")
          .isFalse();
      LoopbackSocketMode socket = slack.socketMode();
      JsonNode connection = openConnection(slack);
      assertThat(connection.path("ok").asBoolean()).isTrue();
      assertThat(connection.path("url").asText()).isEqualTo(socket.url());

      Bot bot = new Bot(URI.create(socket.url()), true);
      try {
        assertThat(bot.connectBlocking(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(JSON.readTree(bot.next()).path("type").asText()).isEqualTo("hello");

        LoopbackSocketMode.Ack ack =
            socket.push("env-1", "ovh-customer.it dkim=s1", "UONE", slack.responseUrl("one"), WAIT);

        JsonNode envelope = JSON.readTree(bot.next());
        assertThat(envelope.path("envelope_id").asText()).isEqualTo("env-1");
        assertThat(envelope.path("type").asText()).isEqualTo("slash_commands");
        JsonNode payload = envelope.path("payload");
        assertThat(payload.path("command").asText()).isEqualTo("/mx");
        assertThat(payload.path("text").asText()).isEqualTo("ovh-customer.it dkim=s1");
        assertThat(payload.path("user_id").asText()).isEqualTo("UONE");
        assertThat(payload.path("response_url").asText()).isEqualTo(slack.responseUrl("one"));
        JsonNode answered = JSON.readTree(ack.message());
        assertThat(answered.path("envelope_id").asText()).isEqualTo("env-1");
        assertThat(answered.path("payload").path("text").asText())
            .isEqualTo("Checking ovh-customer.it…");
      } finally {
        bot.closeBlocking();
      }
    }
  }

  @Test
  @DisplayName("a push with no bot connected fails at once; an envelope never acked times out")
  void noConnectionOrNoAck() throws Exception {
    try (LoopbackSlack slack = LoopbackSlack.start()) {
      LoopbackSocketMode socket = slack.socketMode();
      assertThatThrownBy(() -> socket.push("env-0", "a.it", "U0", slack.responseUrl("0"), WAIT))
          .isInstanceOf(IllegalStateException.class);

      Bot silent = new Bot(URI.create(socket.url()), false);
      try {
        assertThat(silent.connectBlocking(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(JSON.readTree(silent.next()).path("type").asText()).isEqualTo("hello");
        assertThatThrownBy(
                () ->
                    socket.push(
                        "env-2", "a.it", "U2", slack.responseUrl("2"), Duration.ofMillis(200)))
            .isInstanceOf(TimeoutException.class);
      } finally {
        silent.closeBlocking();
      }
    }
  }

  /** What {@code apps.connections.open} answers. */
  private static JsonNode openConnection(LoopbackSlack slack) throws Exception {
    HttpResponse<String> open =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(slack.apiUrl() + "apps.connections.open"))
                    .POST(HttpRequest.BodyPublishers.ofString(""))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(open.body());
  }

  /**
   * Keeps what it receives and, if it {@code answers}, acks every envelope as mxbot does, after an
   * unrelated message and a non-JSON one. Callbacks run on the client's own thread.
   */
  private static final class Bot extends WebSocketClient {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final boolean answers;

    Bot(URI uri, boolean answers) {
      super(uri);
      this.answers = answers;
    }

    String next() throws InterruptedException {
      String message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(message).as("a message from the Socket Mode fake").isNotNull();
      return message;
    }

    @Override
    public void onMessage(String message) {
      received.add(message);
      JsonNode envelope;
      try {
        envelope = JSON.readTree(message);
      } catch (Exception e) {
        return;
      }
      if (answers && envelope.has("envelope_id")) {
        send("{\"envelope_id\":\"someone-else\",\"payload\":{\"text\":\"not this one\"}}");
        send("not even JSON");
        String text = envelope.path("payload").path("text").asText().split(" ")[0];
        send(
            "{\"envelope_id\":\""
                + envelope.path("envelope_id").asText()
                + "\",\"payload\":{\"response_type\":\"ephemeral\",\"text\":\"Checking "
                + text
                + "…\"}}");
      }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onClose(int code, String reason, boolean remote) {}

    @Override
    public void onError(Exception ex) {}
  }
}
