package dev.mxbot.cli;

import dev.mxbot.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mxbot serve} (the default): starts every chat adapter whose secrets are set; with none,
 * says so and opens the console.
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
    try (Bootstrap app = Bootstrap.start(common, c -> c)) {
      common.warn(terminal.out(), app.config());
      // Chat adapters arrive with their own modules; until one is configured, the console serves.
      terminal.out().println(Messages.of(app.config().locale()).get("serve.noChat"));
      ConsoleCommand.runConsole(app, terminal);
      return 0;
    }
  }
}
