package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Senders that start a request to the Slack route and stall do not delay the acks of Slack's real
 * requests, and leave a few log lines, not one per connection. Client timeouts only guard against
 * hangs; nothing here measures time.
 */
@DisplayName("slow clients on the Slack route")
class SlackSlowClientsTest {

  private static final String FAKE_SIGNATURE = "v0=" + "ab".repeat(32);

  /** Headers that look signed now, announcing a 600-byte body of which only a part follows. */
  private static String stalledStart(String signature, long timestamp) {
    return "POST /slack/events HTTP/1.1\r\nHost: bot\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\n"
        + "X-Slack-Request-Timestamp: "
        + timestamp
        + "\r\nX-Slack-Signature: "
        + signature
        + "\r\nContent-Length: 600\r\n\r\ntoken=legacy-verification-token&team_id=";
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  @Test
  @DisplayName(
      "while 300 connections send headers and half a body and stall, /mx is acked; the stalled"
          + " get 408 or are closed; a few log lines")
  @SuppressWarnings("try") // the stalled connections only have to be open during the block
  void stalledBodies() throws Exception {
    try (SlackHttpRun run = SlackHttpRun.start();
        LogCapture logs = new LogCapture(Level.INFO)) {
      int before = logs.events().size();
      try (StalledClients stalled =
          StalledClients.open(run.port, 300, stalledStart(FAKE_SIGNATURE, now()))) {
        String body = run.slashCommand("mx-2016.it", "slow-1");
        String timestamp = String.valueOf(now());
        HttpResponse<String> ack =
            run.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + run.port + "/slack/events"))
                    .timeout(Duration.ofSeconds(30)) // a hang guard
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header(
                        "X-Slack-Signature",
                        SlackHttpRun.sign(SlackHttpRun.SIGNING_SECRET, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(ack.statusCode()).isEqualTo(200);
        run.slack.nextResponse(30);
      }
      try (Socket one = new Socket()) {
        one.connect(new InetSocketAddress("127.0.0.1", run.port), 30_000);
        one.setSoTimeout(60_000); // a hang guard: the server's deadline ends it first
        one.getOutputStream().write(bytes(stalledStart(FAKE_SIGNATURE, now())));
        assertThat(answer(one))
            .satisfiesAnyOf(
                a -> assertThat(a).startsWith("HTTP/1.1 408"), a -> assertThat(a).isEmpty());
      }
      run.settle();
      assertThat(logs.events().size() - before)
          .as(String.join("\n", logs.messages()))
          .isLessThan(20);
    }
  }

  @Test
  @DisplayName(
      "a request whose signature has the wrong shape, or whose timestamp is stale, is refused"
          + " before its body arrives")
  void refusedBeforeTheBody() throws Exception {
    try (SlackHttpRun run = SlackHttpRun.start()) {
      for (String start :
          new String[] {
            stalledStart("v0=not-hex", now()),
            stalledStart("v1=" + "ab".repeat(32), now()),
            stalledStart(FAKE_SIGNATURE, now() - 3600)
          }) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress("127.0.0.1", run.port), 30_000);
          socket.setSoTimeout(60_000); // a hang guard
          socket.getOutputStream().write(bytes(start)); // the body never completes
          assertThat(answer(socket)).startsWith("HTTP/1.1 401");
        }
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** What the server sent before closing (empty when it closed or reset without a word). */
  private static String answer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    StringBuilder text = new StringBuilder();
    try {
      int read = in.read(buffer);
      if (read > 0) {
        text.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
      }
    } catch (java.net.SocketException reset) {
      // closed without an answer
    }
    return text.toString();
  }
}
