package dev.mxbot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mxbot-bench bench}: serves the benchmark zones of {@code bot-config/bench/} from
 * in-process DNS servers, points mxbot at them and measures latency, DNS rounds, throughput, memory
 * and {@code check}'s cold start, then the Slack adapter's HTTP ack. Needs no network.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measure mxbot on the benchmark zones, with no network.")
final class BenchCommand extends TakesCommonOptions implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--delay", paramLabel = "DURATION", description = "Per-answer DNS delay.")
  String delay = "25ms";

  @Option(names = "--runs", paramLabel = "N", description = "Diagnoses per zone (latency).")
  int runs = 20;

  @Option(
      names = "--zones",
      split = ",",
      paramLabel = "DOMAIN",
      description = "Benchmark zones to run (default: all).")
  List<String> zones = new ArrayList<>();

  @Option(names = "--cold", paramLabel = "N", description = "Cold diagnoses per concurrency.")
  int cold = 200;

  @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured warm-up diagnoses.")
  int warmup = 3000;

  @Option(names = "--throughput", paramLabel = "N", description = "Warm diagnoses per concurrency.")
  int throughput = 1000;

  @Option(
      names = "--heap-runs",
      split = ",",
      paramLabel = "N",
      description = "The two heap checkpoints (default: 1000,10000).")
  List<Integer> heapRuns = new ArrayList<>(List.of(1000, 10000));

  @Option(
      names = "--cold-start-runs",
      paramLabel = "N",
      description = "check subprocesses per JVM variant; 0 skips them.")
  int coldStartRuns = 5;

  @Option(
      names = "--slack-commands",
      paramLabel = "N",
      description = "Concurrent Slack /mx per burst (ack phase); 0 skips it.")
  int slackCommands = 64;

  @Option(
      names = "--slack-warmup",
      paramLabel = "N",
      description = "Slack commands refused in the ack between the cold and warm bursts.")
  int slackWarmup = 1000;

  @Option(
      names = "--slack-delay",
      paramLabel = "DURATION",
      description = "Per-answer DNS delay during the Slack ack phase.")
  String slackDelay = "2s";

  @Option(
      names = "--audit-domains",
      paramLabel = "N",
      description = "Customer domains of the audit phase (sharing nameservers); 0 skips it.")
  int auditDomains = 200;

  @Option(
      names = "--audit-loop",
      paramLabel = "N",
      description = "Domains checked one by one, the audit's point of comparison.")
  int auditLoop = 20;

  @Option(
      names = "--audit-lines",
      paramLabel = "N",
      description = "Input lines of the audit's heap measure; 0 skips it.")
  int auditLines = 100_000;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description = "Jar the check subprocesses run (default: the mxbot.jar this runs on).")
  Path jar;

  @Option(
      names = "--serve-starts",
      paramLabel = "N",
      description =
          "Fresh serve processes (Slack HTTP mode): time to ready, first and later acks; 0 skips.")
  int serveStarts = 20;

  @Option(
      names = "--serve-socket-starts",
      paramLabel = "N",
      description =
          "Fresh serve processes (Slack Socket Mode): time to ready, first and later acks; 0"
              + " skips.")
  int serveSocketStarts = 10;

  @Option(
      names = "--serve-discord-starts",
      paramLabel = "N",
      description =
          "Fresh serve processes (Discord, loopback gateway and REST): time to ready, first and"
              + " later acks; 0 skips.")
  int serveDiscordStarts = 10;

  @Option(
      names = "--compare-with",
      paramLabel = "COMMAND",
      description =
          "Also run this command (sh -c; {domain}, {resolver}, {port} replaced) side by side with"
              + " check under --delay, and print the ratio.")
  String compareWith = "";

  @Override
  public Integer call() throws Exception {
    // The options here, the work in BenchRun.
    return BenchRun.run(this, spec.commandLine().getOut());
  }
}
