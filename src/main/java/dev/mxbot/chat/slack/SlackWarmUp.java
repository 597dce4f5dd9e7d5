package dev.mxbot.chat.slack;

import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.WarmUpWorld;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's warm-up: before it reports ready, {@link #REQUESTS} {@code /mx} commands ({@link
 * #PARALLEL} at a time) go into the Bolt app through an {@link Entry} the way Slack's would. In
 * HTTP mode ({@link HttpWarmUpEntry}) they are signed requests over loopback: Jetty's parsing, the
 * signature check, Bolt's request parsing and middleware, the command's parsing and ack rendering,
 * Bolt's JSON and Jetty's response. In Socket Mode ({@link SocketModeWarmUpEntry}) they are
 * envelopes read by Bolt's Socket Mode parser and run through the app, before the connection to
 * Slack opens. Without it the first burst of commands after a start pays for loading and linking
 * all of that (0.4-1 s for 64 concurrent commands, measured by {@code bench}) instead of a few
 * milliseconds each.
 *
 * <p>The commands carry this process's {@link WarmUpKey}, so {@link MxCommand} answers them through
 * the {@link WarmUpRoute}. When a {@link WarmUpWorld} can be opened ({@code serve}: the demo's
 * zones on loopback), they go the whole way of a real command: each has a {@code response_url} at
 * an {@link AnswerSink} inside the process and asks about the world's domain (with {@link
 * #DIAGNOSES} different DKIM selectors, the rest joining or reusing those diagnoses), so the rate
 * limiter, the shared diagnosis and its submission, the "Checking…" ack with its buttons, the
 * diagnosis itself, the final answer's rendering and its POST all run before the first real
 * command; the warm-up waits (at most {@link #ANSWER_WAIT}) for every answer, then closes the
 * world. Nothing of it is logged per command, counted, rate-limited or cached in the process's own
 * pipeline, and no DNS question leaves loopback. Without a world the commands have no {@code
 * response_url}: the pipeline stops before any DNS query and nothing is posted. The outcome is
 * logged at INFO (a failed command at DEBUG); a failed warm-up never stops the start.
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

  /** How a warm-up command reaches the Bolt app: the way Slack's commands do in one mode. */
  interface Entry {

    /** The mode's name in the log lines: {@code http}, {@code socket}. */
    String mode();

    /**
     * Delivers one slash command, Slack's fields in Slack's order, marked with the warm-up key;
     * returns the status Bolt answered with (200 for an ack).
     */
    int send(Map<String, String> command) throws IOException;
  }

  private final Entry entry;
  private final WarmUpWorld.Opener worlds;
  private final WarmUpRoute route;
  private volatile String domain = "example.com";
  private volatile AnswerSink sink;

  SlackWarmUp(Entry entry, WarmUpWorld.Opener worlds, WarmUpRoute route) {
    this.entry = entry;
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
          "slack {} warm-up: {} answers posted{}",
          entry.mode(),
          answers.received(),
          answered ? "" : ", some still running after " + ANSWER_WAIT.toSeconds() + " s");
      return acknowledged;
    } catch (IOException | RuntimeException e) {
      LOG.info("slack {} warm-up: the world failed ({})", entry.mode(), e.toString());
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
      LOG.info("slack {} warm-up without a world ({})", entry.mode(), e.toString());
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
        "slack {} warm-up: {} of {} requests acknowledged in {} ms",
        entry.mode(),
        acknowledged.get(),
        REQUESTS,
        (System.nanoTime() - start) / 1_000_000);
    return acknowledged.get();
  }

  /** Takes request numbers from {@code next} until there are none left (or one failed). */
  private void sendUntilDone(AtomicInteger next, AtomicInteger acknowledged) {
    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
      try {
        if (entry.send(command(i)) == 200) {
          acknowledged.incrementAndGet();
        }
      } catch (IOException | RuntimeException e) {
        LOG.debug("slack {} warm-up request {} failed: {}", entry.mode(), i, e.toString());
        next.set(REQUESTS);
      }
    }
  }

  /**
   * A slash command as Slack sends it; each one differs, so none is taken for a replay. In a world:
   * its own user (one command each, within the world's rate limits) and an answer address.
   */
  private Map<String, String> command(int n) {
    AnswerSink answers = sink;
    Map<String, String> command = new LinkedHashMap<>();
    command.put("token", "warm-up");
    command.put("team_id", "T0WARMUP");
    command.put("team_domain", "warm-up");
    command.put("channel_id", "C0WARMUP");
    command.put("channel_name", "warm-up");
    command.put("user_id", "U0WARMUP" + n);
    command.put("user_name", "warm-up");
    command.put("command", "/mx");
    command.put(
        "text",
        answers == null
            ? "example.com dkim=warm-up" + n
            : domain + " dkim=warm-up" + (n % DIAGNOSES));
    if (answers != null) {
      command.put("response_url", answers.url("/warm-up/" + n));
    }
    command.put("api_app_id", "A0WARMUP");
    command.put("trigger_id", "warm-up." + n);
    return command;
  }
}
