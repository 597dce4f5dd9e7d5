package dev.mxbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mxbot serve} (the default): starts every chat adapter whose secrets are set, logging one
 * line per adapter started or skipped; with none, says so and opens the console. Stops cleanly on
 * SIGTERM, finishing the answers in flight.
 */
@Command(name = "serve", description = "Run the bot on the configured chat platforms (default).")
final class ServeCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

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
