package dev.mxbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mxbot-bench soak}: a long run of mixed {@code /mx} load against the benchmark zones served
 * in-process, printing heap after GC, threads, p99 latency, commands and errors every minute. Needs
 * no network.
 */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run mixed /mx load for a long time and print heap, threads and p99 each minute.")
final class SoakCommand extends TakesCommonOptions implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--minutes", paramLabel = "N", description = "How long (default: 30).")
  int minutes = 30;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "How long, in seconds, instead of --minutes (for a quick try).")
  Integer seconds;

  @Option(names = "--rate", paramLabel = "N", description = "Commands per second (default: 20).")
  int rate = 20;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      description = "Seconds between report lines (default: 60).")
  int every = 60;

  @Option(names = "--delay", paramLabel = "DURATION", description = "Per-answer DNS delay.")
  String delay = "25ms";

  @Override
  public Integer call() throws Exception {
    // The options here, the work in SoakRun.
    return SoakRun.run(this, spec.commandLine().getOut());
  }
}
