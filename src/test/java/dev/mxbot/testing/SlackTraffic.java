package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LoadPlan} sent as signed {@code /mx} commands to the Slack HTTP endpoint from several
 * client threads, and what came back: each command's ack, and the answers the fake received per
 * {@code response_url}. "Busy" is a right answer too when every worker and queue slot is taken.
 * Shared by the burst test (no clock) and the load test (timed).
 */
public final class SlackTraffic {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one command got back: HTTP status, the ack's text, how long the ack took. */
  public record Ack(int status, String text, long nanos) {}

  /** When each command of the plan is due, in nanoseconds from the start (0: at once). */
  public interface Pace {
    long dueNanos(LoadPlan.Command command);
  }

  public final Map<String, Ack> acks = new ConcurrentHashMap<>();
  public final List<String> accepted = new ArrayList<>();
  public final List<String> limited = new ArrayList<>();
  public final List<String> busy = new ArrayList<>();
  public double seconds;

  /** Sends every command from {@code clients} threads, each at its due time. */
  public SlackTraffic send(SlackHttpRun run, LoadPlan plan, int clients, Pace pace)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<?>> sent = new ArrayList<>();
      for (LoadPlan.Command command : plan.commands) {
        sent.add(pool.submit(() -> sendOne(run, command, start + pace.dueNanos(command))));
      }
      for (Future<?> future : sent) {
        future.get(10, TimeUnit.MINUTES);
      }
      seconds = (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdownNow();
    }
    for (LoadPlan.Command command : plan.commands) {
      Ack ack = acks.get(command.id());
      assertThat(ack.status()).as("ack status of %s", command.id()).isEqualTo(200);
      if (ack.text().startsWith("You have run many checks in the last minute")) {
        limited.add(command.id());
      } else if (ack.text().startsWith("I'm busy with many checks right now")) {
        busy.add(command.id());
      } else {
        assertThat(ack.text()).isEqualTo("Checking " + command.domain() + "…");
        accepted.add(command.id());
      }
    }
    return this;
  }

  private Void sendOne(SlackHttpRun run, LoadPlan.Command command, long due) throws Exception {
    long wait = due - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    String body =
        run.slashCommand(command.domain(), command.id(), "T1DC2JH3J", "C0CHANNEL", command.user());
    long t0 = System.nanoTime();
    HttpResponse<String> ack = run.post(body);
    String text =
        ack.statusCode() == 200 ? JSON.readTree(ack.body()).path("text").asText() : ack.body();
    acks.put(command.id(), new Ack(ack.statusCode(), text, System.nanoTime() - t0));
    return null;
  }

  /**
   * Once every acknowledged command has been answered ({@link SlackHttpRun#settle()}): asserts that
   * each accepted command got exactly one answer and each limited one none; returns how many
   * answers arrived in all.
   */
  public int assertAnsweredOnce(SlackHttpRun run) throws InterruptedException {
    run.settle();
    Map<String, Integer> answers = new HashMap<>();
    int total = 0;
    for (FakeSlack.Posted posted = run.slack.pollResponse(0);
        posted != null;
        posted = run.slack.pollResponse(0)) {
      answers.merge(posted.path(), 1, Integer::sum);
      total++;
    }
    for (String id : accepted) {
      assertThat(answers.getOrDefault("/respond/" + id, 0)).as("answers to %s", id).isEqualTo(1);
    }
    for (String id : limited) {
      assertThat(answers.get("/respond/" + id)).as("answers to limited %s", id).isNull();
    }
    for (String id : busy) {
      assertThat(answers.get("/respond/" + id)).as("answers to busy %s", id).isNull();
    }
    return total;
  }
}
