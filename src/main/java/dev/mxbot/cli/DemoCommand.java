package dev.mxbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mxbot demo}: serves the sample zones of {@code bot-config/demo/} from an in-process DNS
 * server on loopback, points the bot at it and opens the console. Needs no network.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Try mxbot on sample domains, with no network at all.")
final class DemoCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  private final Terminal terminal;

  DemoCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    // The work lives in DemoRun: picocli instantiates every subcommand, check included.
    return DemoRun.run(common, terminal);
  }
}
