package dev.mxbot.cli;

import dev.mxbot.config.Secrets;
import dev.mxbot.i18n.Messages;
import dev.mxbot.ops.LogFormat;
import dev.mxbot.ops.OpsModule;
import dev.mxbot.serve.Serve;

/**
 * Runs {@code mxbot serve}: builds the application with the ops module, applies the log format,
 * then hands over to {@link Serve} (the ops listener and every chat adapter whose secrets are set,
 * until SIGTERM), or opens the console when no chat platform is configured. Apart from {@link
 * ServeCommand} so that picocli, which instantiates every subcommand, loads neither the ops
 * listener nor the chat adapters for {@code check}.
 */
final class ServeRun {

  private ServeRun() {}

  static int run(CommonOptions common, Terminal terminal) throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c, new OpsModule())) {
      new LogFormat().apply(app.config().ops(), System.getenv());
      common.warn(terminal.out(), app.config());
      if (!Serve.untilSignalled(app, Secrets.fromEnvironment())) {
        terminal.out().println(Messages.of(app.config().locale()).get("serve.noChat"));
        ConsoleCommand.runConsole(app, terminal);
      }
      return 0;
    }
  }
}
