package dev.mxbot.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Slack HTTP ack: starts the Slack adapter in HTTP mode against a {@link LoopbackSlack}, makes
 * every DNS answer slow, then POSTs two bursts ("cold" right after start, then "warm") of N
 * concurrent signed {@code /mx} commands (between them, unmeasured, commands refused in the ack
 * warm the path up as a long-running server's traffic would), each for a different diagnosis (its
 * own {@code dkim=} selector, so no two share work) and from a different user (no rate limit). The
 * ack time is measured from outside the product, by the benchmark's own {@link AckClient}: from the
 * last request byte written to the last response byte read, and the round trip from the
 * connection's start; then every command must get exactly one final answer at its response_url.
 */
final class SlackAckPhase {

  private static final String DOMAIN = "ovh-customer.it";
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(120);

  private final BenchWorld world;
  private final SlackTarget target;
  private final PrintWriter out;
  private final Summary summary;
  private final AckClient http = new AckClient(Duration.ofSeconds(10));

  SlackAckPhase(BenchWorld world, SlackTarget target, PrintWriter out, Summary summary) {
    this.world = world;
    this.target = target;
    this.out = out;
    this.summary = summary;
  }

  /**
   * Runs the phase: a cold burst of {@code commands}, then {@code warmup} commands refused in the
   * ack (an IP address: no diagnosis, unmeasured) in bursts of the same size, then the warm burst.
   */
  @SuppressWarnings("try") // the adapter only has to run, then stop, around the bursts
  void run(int commands, int warmup, Duration delay) throws Exception {
    out.printf(
        Locale.ROOT,
        "%n== Slack HTTP ack: %d concurrent signed /mx %s dkim=<own selector>, per burst;"
            + " every DNS answer delayed %d ms; %d refused commands between the bursts%n",
        commands,
        DOMAIN,
        delay.toMillis(),
        warmup);
    List<SlashCommand> sent = new ArrayList<>();
    List<Long> sentNanos = new ArrayList<>();
    world.delayAll(delay);
    try (AutoCloseable adapter = target.launcher().start()) {
      warmClient(commands);
      for (String burst : List.of("cold", "warm")) {
        if (burst.equals("warm")) {
          warmUp(warmup, commands);
        }
        List<SlashCommand> batch = commands(burst, commands);
        long start = System.nanoTime();
        List<AckClient.Answer> acks = post(batch, "Checking");
        sent.addAll(batch);
        batch.forEach(c -> sentNanos.add(start));
        report(burst, acks);
      }
      answers(sent, sentNanos);
    } finally {
      world.delayAll(Duration.ZERO);
    }
  }

  /**
   * Loads and links the benchmark's own HTTP client before the cold burst, so that the burst does
   * not share the cores with the client's first use: POSTs to the fake Slack's {@code auth.test}
   * ({@code concurrency} at a time, a few times), never to the adapter.
   */
  private void warmClient(int concurrency) throws Exception {
    URI authTest = URI.create(target.slack().apiUrl() + "auth.test");
    AckClient.Request request =
        new AckClient.Request(
            Map.of("Content-Type", "application/x-www-form-urlencoded"), "token=warm-up");
    for (int round = 0; round < 4; round++) {
      http.post(authTest, Collections.nCopies(concurrency, request));
    }
  }

  /** {@code count} commands refused in the ack, {@code concurrency} at a time. */
  private void warmUp(int count, int concurrency) throws Exception {
    for (int done = 0; done < count; done += concurrency) {
      List<SlashCommand> batch = new ArrayList<>();
      for (int i = done; i < Math.min(count, done + concurrency); i++) {
        String id = "refused-" + i;
        batch.add(
            SlashCommand.signed(
                id,
                "192.0.2.1",
                "UBENCHREFUSED",
                target.slack().responseUrl(id),
                target.signingSecret()));
      }
      post(batch, "");
    }
  }

  private List<SlashCommand> commands(String burst, int count) {
    List<SlashCommand> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = burst + "-" + i;
      batch.add(
          SlashCommand.signed(
              id,
              DOMAIN + " dkim=" + burst + i,
              "UBENCH" + burst.toUpperCase(Locale.ROOT) + i,
              target.slack().responseUrl(id),
              target.signingSecret()));
    }
    return batch;
  }

  /**
   * POSTs every command at once, each on its own new connection; returns the timed answers. Fails
   * unless every ack is a 200 containing {@code expected}.
   */
  private List<AckClient.Answer> post(List<SlashCommand> batch, String expected) throws Exception {
    List<AckClient.Answer> answers =
        http.post(target.endpoint(), batch.stream().map(SlashCommand::request).toList());
    for (int i = 0; i < answers.size(); i++) {
      AckClient.Answer answer = answers.get(i);
      if (answer.status() != 200 || !answer.body().contains(expected)) {
        throw new IllegalStateException(
            "slack ack " + batch.get(i).id() + ": " + answer.status() + " " + answer.body());
      }
    }
    return answers;
  }

  private void report(String burst, List<AckClient.Answer> acks) {
    Stats ackStats = new Stats(acks.stream().mapToDouble(AckClient.Answer::ackMillis).toArray());
    Stats roundTripStats =
        new Stats(acks.stream().mapToDouble(AckClient.Answer::roundTripMillis).toArray());
    out.printf(
        Locale.ROOT, "%-5s ack (request written → response read) %s%n", burst, ackStats.describe());
    out.printf(
        Locale.ROOT,
        "%-5s round trip (connection started → response read) %s%n",
        burst,
        roundTripStats.describe());
    summary.add(
        "slack_http_ack",
        burst,
        "p50_ms",
        ackStats.percentile(50),
        "p95_ms",
        ackStats.percentile(95),
        "p99_ms",
        ackStats.percentile(99),
        "max_ms",
        ackStats.max(),
        "n",
        ackStats.count(),
        "client_p99_ms",
        roundTripStats.percentile(99),
        "target_p99_ms",
        50,
        "met",
        ackStats.percentile(99) <= 50);
  }

  /** Waits for one final answer per command, then a little more for any second one. */
  private void answers(List<SlashCommand> sent, List<Long> sentNanos) throws InterruptedException {
    long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
    while (System.nanoTime() < deadline && !allAnswered(sent)) {
      Thread.sleep(50);
    }
    Thread.sleep(1000);
    int once = 0;
    int none = 0;
    int more = 0;
    double[] after = new double[sent.size()];
    int answered = 0;
    for (int i = 0; i < sent.size(); i++) {
      int count = target.slack().answers(sent.get(i).id());
      if (count == 1) {
        once++;
      } else if (count == 0) {
        none++;
      } else {
        more++;
      }
      Long first = target.slack().firstAnswerNanos(sent.get(i).id());
      if (first != null) {
        after[answered++] = (first - sentNanos.get(i)) / 1e6;
      }
    }
    Stats slow = new Stats(java.util.Arrays.copyOf(after, answered));
    out.printf(
        Locale.ROOT,
        "final answers: %d of %d exactly once, %d none, %d more than once; they arrived"
            + " %.1f s (min) / %.1f s (median) / %.1f s (max) after their burst was sent%n",
        once,
        sent.size(),
        none,
        more,
        slow.min() / 1000,
        slow.percentile(50) / 1000,
        slow.max() / 1000);
    summary.add(
        "slack_answers",
        sent.size(),
        "exactly_once",
        once,
        "none",
        none,
        "duplicated",
        more,
        "median_s",
        slow.percentile(50) / 1000);
  }

  private boolean allAnswered(List<SlashCommand> sent) {
    return sent.stream().allMatch(c -> target.slack().answers(c.id()) > 0);
  }
}
