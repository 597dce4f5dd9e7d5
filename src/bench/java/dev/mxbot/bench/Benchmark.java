package dev.mxbot.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark of {@code mxbot-bench bench}: runs its phases in a fixed order over a started
 * {@link BenchWorld} and prints the figures, then one {@code summary key=value ...} line per
 * figure. Not thread safe; one run per instance.
 */
public final class Benchmark {

  /**
   * What to run.
   *
   * @param zones the benchmark zones to diagnose
   * @param delay the per-answer delay of the latency phase (simulated network)
   * @param runs sequential diagnoses per zone in the latency phase
   * @param coldCount diagnoses per concurrency right after start (cold)
   * @param warmup unmeasured diagnoses before the warm throughput
   * @param warmCount diagnoses per concurrency once warm
   * @param heapCheckpoints diagnoses after which heap and threads are measured (two)
   * @param coldStartRuns {@code check} subprocesses per variant; 0 skips the phase
   * @param jar the jar the subprocesses run
   * @param config the configuration directory the subprocesses use
   * @param workDirectory where the CDS archive is written
   * @param slackCommands concurrent {@code /mx} per burst of the Slack ack phase; 0 skips it
   * @param slackWarmup commands refused in the ack (unmeasured) between the cold and warm bursts
   * @param slackDelay the per-answer DNS delay during the Slack ack phase (slow diagnoses)
   * @param serveStarts fresh {@code serve} processes started one after the other ({@link
   *     ServeStartPhase}), Slack in HTTP mode; 0 skips them
   * @param serveSocketStarts the same with Slack in Socket Mode; 0 skips them
   * @param serveDiscordStarts the same with Discord alone ({@link LoopbackDiscord}); 0 skips them
   * @param compareWith an external command to run side by side with {@code check} ({@link
   *     ComparePhase}); empty for none
   */
  public record Settings(
      List<String> zones,
      Duration delay,
      int runs,
      int coldCount,
      int warmup,
      int warmCount,
      List<Integer> heapCheckpoints,
      int coldStartRuns,
      Path jar,
      Path config,
      Path workDirectory,
      int slackCommands,
      int slackWarmup,
      Duration slackDelay,
      int serveStarts,
      int serveSocketStarts,
      int serveDiscordStarts,
      String compareWith) {

    public Settings {
      zones = List.copyOf(zones);
      heapCheckpoints = List.copyOf(heapCheckpoints);
      if (heapCheckpoints.size() != 2 || heapCheckpoints.get(0) >= heapCheckpoints.get(1)) {
        throw new IllegalArgumentException("two increasing heap checkpoints expected");
      }
    }
  }

  private final Settings settings;
  private final BenchWorld world;
  private final Diagnoser diagnoser;
  private final SlackTarget slack;
  private final PrintWriter out;

  /** A benchmark of {@code diagnoser} and of the Slack adapter {@code slack}, on {@code world}. */
  public Benchmark(
      Settings settings,
      BenchWorld world,
      Diagnoser diagnoser,
      SlackTarget slack,
      PrintWriter out) {
    this.settings = settings;
    this.world = world;
    this.diagnoser = diagnoser;
    this.slack = slack;
    this.out = out;
  }

  /** Runs every phase and prints the figures and the summary lines. */
  public void run() throws Exception {
    Summary summary = new Summary();
    Load load = new Load(diagnoser, world, settings.zones());
    out.printf(
        "mxbot bench: %d cores, Java %s, zones %s; DNS servers %s and up, port %d%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        String.join(", ", settings.zones()),
        world.resolver().getAddress().getHostAddress(),
        world.port());
    ThroughputPhase throughput = new ThroughputPhase(world, load, out, summary);
    throughput.cold(settings.coldCount());
    new LatencyPhase(world, diagnoser, out, summary)
        .run(settings.zones(), settings.runs(), settings.delay());
    throughput.warm(settings.warmup(), settings.warmCount());
    ResourcePhase resources = new ResourcePhase(world, load, out, summary);
    resources.cpu(settings.warmCount());
    resources.memory(settings.heapCheckpoints().get(0), settings.heapCheckpoints().get(1));
    resources.peakRss();
    if (settings.coldStartRuns() > 0) {
      new ColdStartPhase(world, out, summary)
          .run(
              settings.jar(),
              settings.config(),
              settings.workDirectory(),
              settings.coldStartRuns());
    }
    if (!settings.compareWith().isBlank()) {
      new ComparePhase(world, out, summary)
          .run(
              settings.compareWith(),
              settings.jar(),
              settings.config(),
              settings.workDirectory(),
              settings.delay(),
              settings.zones(),
              Math.max(1, settings.coldStartRuns()));
    }
    if (settings.slackCommands() > 0) {
      new SlackAckPhase(world, slack, out, summary)
          .run(settings.slackCommands(), settings.slackWarmup(), settings.slackDelay());
    }
    if (settings.serveStarts() > 0) {
      new ServeStartPhase(world, slack.slack(), out, summary)
          .run(settings.jar(), settings.config(), settings.serveStarts(), settings.slackDelay());
    }
    if (settings.serveSocketStarts() > 0) {
      new ServeStartPhase(world, slack.slack(), out, summary)
          .runSocket(
              settings.jar(),
              settings.config(),
              settings.serveSocketStarts(),
              settings.slackDelay());
    }
    if (settings.serveDiscordStarts() > 0) {
      new ServeStartPhase(world, slack.slack(), out, summary)
          .runDiscord(
              settings.jar(),
              settings.config(),
              settings.serveDiscordStarts(),
              settings.slackDelay());
    }
    summary.print(out);
  }
}
