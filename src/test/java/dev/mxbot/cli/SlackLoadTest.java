package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An outage hits many customers at once: 2,000 signed {@code /mx} commands reach the Slack HTTP
 * endpoint in about 20 s from 50 concurrent clients, against demo zones answering with a 50 ms
 * delay. Nothing is lost, nothing is answered twice, the hurried users are told to wait.
 */
@Tag("load")
@DisplayName("Slack, HTTP mode, under load")
class SlackLoadTest {

  static final int COMMANDS = 2000;
  static final Duration SPREAD = Duration.ofSeconds(20);
  static final int CLIENTS = 50;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one command got back. */
  record Ack(int status, String text, long nanos) {}

  @Test
  @DisplayName(
      "2,000 /mx in 20 s from 50 clients: each acked within 3 s, each accepted one answered exactly"
          + " once, the hurried users told to wait, threads bounded, and mxbot still answers")
  void nothingLost() throws Exception {
    LoadPlan plan = new LoadPlan(COMMANDS, 12, 10, 8);
    try (SlackHttpRun run =
        SlackHttpRun.start(s -> s, DiscordWorld.perMinute(plan.perMinuteLimit))) {
      run.world.server.delayAll(Duration.ofMillis(50));
      // Warm-up: one command, so the thread baseline includes the pools that start lazily.
      run.post(run.slashCommand("mx-2016.it", "warm"));
      run.slack.nextResponse(10);
      int threadsBefore = Thread.activeCount();

      Map<String, Ack> acks = new ConcurrentHashMap<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      long slot = SPREAD.toNanos() / COMMANDS;
      List<Future<?>> sent = new ArrayList<>();
      for (LoadPlan.Command command : plan.commands) {
        sent.add(
            clients.submit(
                () -> {
                  long due = start + command.index() * slot;
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                  }
                  String body =
                      run.slashCommand(
                          command.domain(), command.id(), "T1DC2JH3J", "C0CHANNEL", command.user());
                  long t0 = System.nanoTime();
                  HttpResponse<String> ack = run.post(body);
                  String text =
                      ack.statusCode() == 200
                          ? JSON.readTree(ack.body()).path("text").asText()
                          : ack.body();
                  acks.put(command.id(), new Ack(ack.statusCode(), text, System.nanoTime() - t0));
                  return null;
                }));
      }
      for (Future<?> future : sent) {
        future.get(60, TimeUnit.SECONDS);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      clients.shutdown();

      List<String> accepted = new ArrayList<>();
      List<String> limited = new ArrayList<>();
      for (LoadPlan.Command command : plan.commands) {
        Ack ack = acks.get(command.id());
        assertThat(ack.status()).as("ack status of %s", command.id()).isEqualTo(200);
        assertThat(Duration.ofNanos(ack.nanos()))
            .as("ack time of %s", command.id())
            .isLessThan(Duration.ofSeconds(3));
        if (ack.text().startsWith("You have run many checks in the last minute")) {
          limited.add(command.id());
        } else {
          assertThat(ack.text()).isEqualTo("Checking " + command.domain() + "…");
          accepted.add(command.id());
        }
      }
      assertThat(limited).hasSize(plan.expectedLimited());

      Map<String, Integer> answers = collectAnswers(run, accepted.size());
      for (String id : accepted) {
        assertThat(answers.getOrDefault("/respond/" + id, 0)).as("answers to %s", id).isEqualTo(1);
      }
      for (String id : limited) {
        assertThat(answers.get("/respond/" + id)).as("answers to limited %s", id).isNull();
      }

      long[] ackMillis =
          acks.values().stream().mapToLong(a -> a.nanos() / 1_000_000).sorted().toArray();
      long p99 = ackMillis[(int) Math.ceil(ackMillis.length * 0.99) - 1];
      System.out.printf(
          "Slack load: %d commands in %.1f s (%.0f/s), %d accepted, %d rate-limited, ack p99 %d ms,"
              + " max %d ms, %d answers counted, threads %d before, %d after%n",
          COMMANDS,
          seconds,
          COMMANDS / seconds,
          accepted.size(),
          limited.size(),
          p99,
          ackMillis[ackMillis.length - 1],
          answers.values().stream().mapToInt(Integer::intValue).sum(),
          threadsBefore,
          Thread.activeCount());
      System.out.println("Slack load, threads after: " + LoadThreads.histogram());
      long heapMb = LoadThreads.heapAfterGcMb();
      System.out.println("Slack load, heap used after GC: " + heapMb + " MB");
      assertThat(heapMb).as("heap used after GC, MB").isLessThan(256);
      assertThat(seconds).as("the load arrived at about 100 commands/s").isLessThan(30);
      assertThat(Thread.activeCount()).as("threads after the run").isLessThan(threadsBefore + 100);

      HttpResponse<String> after = run.post(run.slashCommand("mx-2016.it", "after"));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(run.slack.nextResponse(10).path()).isEqualTo("/respond/after");
    }
  }

  /** Drains the fake's response_url POSTs until {@code expected} arrived and 1 s passes quietly. */
  private static Map<String, Integer> collectAnswers(SlackHttpRun run, int expected)
      throws InterruptedException {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      FakeSlack.Posted posted = run.slack.pollResponse(total >= expected ? 1000 : 500);
      if (posted == null) {
        if (total >= expected) {
          break;
        }
        continue;
      }
      counts.merge(posted.path(), 1, Integer::sum);
      total++;
    }
    return counts;
  }
}
