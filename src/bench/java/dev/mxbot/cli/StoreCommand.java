package dev.mxbot.cli;

import dev.mxbot.bench.StoreBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mxbot-bench store}: the cost of recording a report (p99), database growth per 10,000
 * reports, and the store side of a watch re-check ({@link StoreBench}).
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measure recording reports, database growth and watch re-checks in the store.")
final class StoreCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "JDBC",
      description = "Database (default: a fresh H2 file in a temporary directory).")
  String url;

  @Option(names = "--reports", paramLabel = "N", description = "Reports to record (10000).")
  int reports = 10_000;

  @Option(names = "--watches", paramLabel = "N", description = "Watches to keep (1000).")
  int watches = 1_000;

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("mxbot-store-bench");
    StoreBench.run(Optional.ofNullable(url), work, reports, watches, spec.commandLine().getOut());
    return 0;
  }
}
