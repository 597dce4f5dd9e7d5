package dev.mxbot.chat.slack;

import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.WarmUpWorld;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode's warm-up: before the listener reports ready, {@link #REQUESTS} signed {@code /mx}
 * requests ({@link #PARALLEL} at a time) go through it over loopback, the way Slack's would —
 * Jetty's parsing, the signature check, Bolt's request parsing and middleware, the command's
 * parsing and ack rendering, Bolt's JSON and Jetty's response. Without it the first burst of
 * commands after a start pays for loading and linking all of that (0.4-1 s for 64 concurrent
 * commands, measured by {@code bench}) instead of a few milliseconds each.
 *
 * <p>The requests carry this process's {@link WarmUpKey}, so {@link MxCommand} answers them through
 * the {@link WarmUpRoute}. When a {@link WarmUpWorld} can be opened ({@code serve}: the demo's
 * zones on loopback), they go the whole way of a real command: each has a {@code response_url} at
 * an {@link AnswerSink} inside the process and asks about the world's domain (with {@link
 * #DIAGNOSES} different DKIM selectors, the rest joining or reusing those diagnoses), so the rate
 * limiter, the shared diagnosis and its submission, the "Checking…" ack with its buttons, the
 * diagnosis itself, the final answer's rendering and its POST all run before the first real
 * command; the warm-up waits (at most {@link #ANSWER_WAIT}) for every answer, then closes the
 * world. Nothing of it is logged per command, counted, rate-limited or cached in the process's own
 * pipeline, and no DNS question leaves loopback. Without a world the requests have no {@code
 * response_url}: the pipeline stops before any DNS query and nothing is posted. The outcome is
 * logged at INFO (a failed request at DEBUG); a failed warm-up never stops the start.
 */
final class SlackWarmUp {

  /**
   * Requests sent: enough to load and link every class of the path and let C1 compile its busiest
   * methods (after about 200 calls); 2,000 measured no better in {@code bench}.
   */
  static final int REQUESTS = 200;

  /** Connections open at once, so that Jetty's concurrent paths (more threads) are warm too. */
  static final int PARALLEL = 8;

  /**
   * Different diagnoses in a world (the other requests join or reuse them): enough for C1 to
   * compile the diagnosis' busiest methods, few enough to keep the start short.
   */
  static final int DIAGNOSES = 16;

  /** The longest the warm-up waits for its final answers. */
  static final Duration ANSWER_WAIT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(SlackWarmUp.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final int port;
  private final String path;
  private final SignatureVerifier signer;
  private final WarmUpKey key;
  private final WarmUpWorld.Opener worlds;
  private final WarmUpRoute route;
  private volatile String domain = "example.com";
  private volatile AnswerSink sink;

  SlackWarmUp(
      int port,
      String path,
      SignatureVerifier signer,
      WarmUpKey key,
      WarmUpWorld.Opener worlds,
      WarmUpRoute route) {
    this.port = port;
    this.path = path;
    this.signer = signer;
    this.key = key;
    this.worlds = worlds;
    this.route = route;
  }

  /**
   * Sends the warm-up requests, in a world when one opens (waiting for their answers); returns how
   * many were acknowledged with 200.
   */
  int run() {
    Optional<WarmUpWorld> world = open();
    if (world.isEmpty()) {
      return sendAll();
    }
    try (WarmUpWorld opened = world.get();
        AnswerSink answers = AnswerSink.start()) {
      RequestPipeline pipeline = opened.pipeline("slack");
      domain = opened.domain();
      sink = answers;
      route.use(pipeline);
      int acknowledged = sendAll();
      boolean answered = pipeline.awaitAnswered(ANSWER_WAIT);
      LOG.info(
          "slack http warm-up: {} answers posted{}",
          answers.received(),
          answered ? "" : ", some still running after " + ANSWER_WAIT.toSeconds() + " s");
      return acknowledged;
    } catch (IOException | RuntimeException e) {
      LOG.info("slack http warm-up: the world failed ({})", e.toString());
      return 0;
    } finally {
      route.reset();
      sink = null;
      domain = "example.com";
    }
  }

  private Optional<WarmUpWorld> open() {
    try {
      return worlds.open();
    } catch (RuntimeException e) {
      LOG.info("slack http warm-up without a world ({})", e.toString());
      return Optional.empty();
    }
  }

  private int sendAll() {
    long start = System.nanoTime();
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < PARALLEL; t++) {
      Thread sender = new Thread(() -> sendUntilDone(next, acknowledged), "slack-warm-up-" + t);
      sender.start();
      senders.add(sender);
    }
    for (Thread sender : senders) {
      try {
        sender.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    LOG.info(
        "slack http warm-up: {} of {} requests acknowledged in {} ms",
        acknowledged.get(),
        REQUESTS,
        (System.nanoTime() - start) / 1_000_000);
    return acknowledged.get();
  }

  /** Takes request numbers from {@code next} until there are none left (or one failed). */
  private void sendUntilDone(AtomicInteger next, AtomicInteger acknowledged) {
    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
      try {
        if (send(i) == 200) {
          acknowledged.incrementAndGet();
        }
      } catch (IOException | RuntimeException e) {
        LOG.debug("slack http warm-up request {} failed: {}", i, e.toString());
        next.set(REQUESTS);
      }
    }
  }

  private int send(int n) throws IOException {
    byte[] body = body(n).getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(signer.clock().instant().getEpochSecond());
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + port
            + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "X-Slack-Request-Timestamp: "
            + timestamp
            + "\r\n"
            + "X-Slack-Signature: "
            + signer.sign(timestamp, body)
            + "\r\n"
            + WarmUpKey.HEADER
            + ": "
            + key.value()
            + "\r\n"
            + "Connection: close\r\n\r\n";
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return status(socket.getInputStream());
    }
  }

  /**
   * A slash command as Slack posts it; each one differs, so none is taken for a replay. In a world:
   * its own user (one command each, within the world's rate limits) and an answer address.
   */
  private String body(int n) {
    AnswerSink answers = sink;
    String text =
        answers == null
            ? "example.com dkim=warm-up" + n
            : domain + " dkim=warm-up" + (n % DIAGNOSES);
    String responseUrl =
        answers == null
            ? ""
            : "&response_url="
                + URLEncoder.encode(answers.url("/warm-up/" + n), StandardCharsets.UTF_8);
    return "token=warm-up&team_id=T0WARMUP"
        + "&team_domain=warm-up&channel_id=C0WARMUP&channel_name=warm-up&user_id=U0WARMUP"
        + n
        + "&user_name=warm-up&command=%2Fmx&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + responseUrl
        + "&api_app_id=A0WARMUP&trigger_id=warm-up."
        + n;
  }

  /** The status code of the response, reading it to the end. */
  private static int status(InputStream in) throws IOException {
    byte[] response = in.readAllBytes();
    String text = new String(response, 0, Math.min(response.length, 16), StandardCharsets.US_ASCII);
    String[] parts = text.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP response");
    }
    return Integer.parseInt(parts[1]);
  }
}
