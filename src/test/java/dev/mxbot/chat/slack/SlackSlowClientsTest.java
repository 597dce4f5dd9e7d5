package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.SlackHttpRun;
import dev.mxbot.testing.StalledClients;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
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
                        SlackSignature.sign(SlackHttpRun.SIGNING_SECRET, timestamp, body))
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

  @Test
  @DisplayName(
      "slack.http.maxBodyReads 3: while 3 stalled bodies hold the slots, a 4th signed /mx gets 503"
          + " and Connection: close and runs nothing, refusals before the body still answer; once"
          + " the stalled time out (408) or close, /mx is acked again")
  void slotsTaken() throws Exception {
    AtomicInteger reading = new AtomicInteger();
    try (SlackHttpRun run =
        SlackHttpRun.instrumented(
            s -> s.withMaxBodyReads(3), countReads(FAKE_SIGNATURE, reading))) {
      List<Socket> stalled = stall(run.port, 3);
      awaitAtLeast(reading, 3);

      String busy = exchange(run.port, signed(run.slashCommand("mx-2016.it", "refused")));
      assertThat(busy).startsWith("HTTP/1.1 503").containsIgnoringCase("\r\nConnection: close\r\n");
      assertThat(exchange(run.port, "GET /slack/events HTTP/1.1\r\nHost: bot\r\n\r\n"))
          .startsWith("HTTP/1.1 405");
      assertThat(exchange(run.port, stalledStart("v0=not-hex", now()))).startsWith("HTTP/1.1 401");
      assertThat(run.service.ready()).as("still ready").isTrue();

      for (Socket socket : stalled) { // the server's deadline ends them: 408, or closed
        try (socket) {
          assertThat(answer(socket))
              .satisfiesAnyOf(
                  a -> assertThat(a).startsWith("HTTP/1.1 408"), a -> assertThat(a).isEmpty());
        }
      }
      ackedOnceFree(run, "after-deadline");

      stalled = stall(run.port, 3);
      awaitAtLeast(reading, 6);
      assertThat(exchange(run.port, signed(run.slashCommand("mx-2016.it", "refused-again"))))
          .startsWith("HTTP/1.1 503");
      for (Socket socket : stalled) { // their senders give up
        socket.close();
      }
      ackedOnceFree(run, "after-close");

      run.settle();
      assertThat(run.slack.pollResponse(0)).as("no answer to a refused command").isNull();
    }
  }

  /** Wraps the Slack handler: counts the requests signed {@code signature} it took a slot for. */
  private static UnaryOperator<Handler> countReads(String signature, AtomicInteger count) {
    return slack ->
        new Handler.Wrapper(slack) {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            boolean handled = super.handle(request, response, callback);
            if (signature.equals(request.getHeaders().get("X-Slack-Signature"))) {
              count.incrementAndGet();
            }
            return handled;
          }
        };
  }

  /** Waits until the handler has started reading {@code expected} stalled bodies (a hang guard). */
  private static void awaitAtLeast(AtomicInteger count, int expected) throws InterruptedException {
    for (int i = 0; i < 6000 && count.get() < expected; i++) {
      Thread.sleep(10);
    }
    assertThat(count.get()).as("stalled bodies being read").isGreaterThanOrEqualTo(expected);
  }

  /** {@code count} raw connections, each having sent plausible headers and part of a body. */
  private static List<Socket> stall(int port, int count) throws IOException {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket();
      sockets.add(socket);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
      socket.setSoTimeout(60_000); // a hang guard: the server's deadline ends it first
      socket.getOutputStream().write(bytes(stalledStart(FAKE_SIGNATURE, now())));
    }
    return sockets;
  }

  /**
   * Posts signed {@code /mx} commands until one is acked (a slot freed by a body that ended is
   * released just after its sender hears of it), and checks that this one is answered.
   */
  private static void ackedOnceFree(SlackHttpRun run, String responseId) throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) { // a hang guard; a slot frees within 5 s
      String id = responseId + "-" + attempt;
      HttpResponse<String> ack = run.post(run.slashCommand("mx-2016.it", id));
      if (ack.statusCode() == 200) {
        assertThat(run.slack.nextResponse(30).path()).isEqualTo("/respond/" + id);
        return;
      }
      assertThat(ack.statusCode()).as("while the slots are freed").isEqualTo(503);
      Thread.sleep(50);
    }
    throw new AssertionError("no slot freed: every /mx answered 503");
  }

  /** A signed request of {@code body} written in one piece, as a raw HTTP/1.1 request. */
  private static String signed(String body) throws Exception {
    String timestamp = String.valueOf(now());
    return "POST /slack/events HTTP/1.1\r\nHost: bot\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\n"
        + "X-Slack-Request-Timestamp: "
        + timestamp
        + "\r\nX-Slack-Signature: "
        + SlackSignature.sign(SlackHttpRun.SIGNING_SECRET, timestamp, body)
        + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.US_ASCII).length
        + "\r\n\r\n"
        + body;
  }

  /** Sends {@code request} on a new connection and returns all the server sent before closing. */
  private static String exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
      socket.setSoTimeout(60_000); // a hang guard
      socket.getOutputStream().write(bytes(request));
      StringBuilder text = new StringBuilder();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
          text.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
        }
      } catch (java.net.SocketException reset) {
        // closed after (or without) the answer
      }
      return text.toString();
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
