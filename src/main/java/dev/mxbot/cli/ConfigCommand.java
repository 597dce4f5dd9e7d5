package dev.mxbot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mxbot config}: validates {@code bot-config/} and the environment as start-up does, then
 * shows the configuration in effect with where each value came from, how each secret is set (never
 * its value) and which chat platforms {@code serve} would start. Exit 0 when all is valid; 2 with
 * start-up's one-line message otherwise.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Check the configuration and the environment; show each value in effect and its origin.")
final class ConfigCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "Configuration directory (default: ./bot-config).")
  Path config = Path.of("bot-config");

  private final Terminal terminal;

  ConfigCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    // The work lives in ConfigRun: picocli instantiates every subcommand.
    return ConfigRun.run(config, System.getenv(), terminal.out());
  }
}
