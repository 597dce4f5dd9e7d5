package dev.mxbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code mxbot serve} (the default): starts every chat adapter whose secrets are set, logging one
 * line per adapter started or skipped, behind the ops listener ({@code /healthz}, {@code /readyz},
 * {@code /metrics}); with none, says so and opens the console when standard input is a terminal,
 * and otherwise exits 2 naming the missing secrets. On SIGTERM it stops taking commands, finishes
 * the answers in flight (up to 10 s), closes the connections and exits 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run the bot on the configured chat platforms (default).")
final class ServeCommand extends TakesCommonOptions implements Callable<Integer> {

  private final Terminal terminal;

  ServeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    // The work lives in ServeRun: picocli instantiates every subcommand, check included.
    return ServeRun.run(common, terminal);
  }
}
