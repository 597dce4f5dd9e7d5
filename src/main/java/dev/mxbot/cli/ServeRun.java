package dev.mxbot.cli;

import dev.mxbot.chat.RateLimiter;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.chat.WatchRechecks;
import dev.mxbot.chat.Watching;
import dev.mxbot.config.Secrets;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.i18n.Messages;
import dev.mxbot.ops.LogFormat;
import dev.mxbot.ops.OpsModule;
import dev.mxbot.serve.Serve;
import dev.mxbot.store.StoredHistory;
import dev.mxbot.store.WatchKeeper;

/**
 * Runs {@code mxbot serve}: builds the application with the ops module, applies the log format,
 * then hands over to {@link Serve} (the ops listener and every chat adapter whose secrets are set,
 * until SIGTERM). With no chat platform configured it opens the console when a person sits at a
 * terminal, and otherwise (a container, systemd) stops with exit code 2 and the missing secrets: a
 * console on no terminal would exit 0 at once, into a restart loop that says nothing. Apart from
 * {@link ServeCommand} so that picocli, which instantiates every subcommand, loads neither the ops
 * listener nor the chat adapters for {@code check}.
 */
final class ServeRun {

  private ServeRun() {}

  static int run(CommonOptions common, Terminal terminal) throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c, new OpsModule(), ZoneWarmUps.module())) {
      new LogFormat().apply(app.config().ops(), System.getenv());
      common.warn(terminal.out(), app.config());
      Secrets secrets = Secrets.fromEnvironment();
      if (app.get(CheckHistory.class) instanceof StoredHistory history) {
        history.enforceRetentionEvery(StoredHistory.RETENTION_EVERY);
      }
      Watching watching = app.get(Watching.class);
      // Watches are re-checked only by a serve that serves a chat platform (and off this thread:
      // opening the database must not delay the start); a console fallback keeps none.
      if (watching.book() instanceof WatchKeeper keeper
          && !Serve.ADAPTERS.plan(app.config(), secrets).isEmpty()) {
        keeper.runInBackground(
            new WatchRechecks(
                app.get(SharedDiagnoses.class),
                app.get(WatchDeliveries.class),
                watching.resolvers(),
                app.get(RateLimiter.class)));
      }
      if (!Serve.untilSignalled(app, secrets)) {
        Messages messages = Messages.of(app.config().locale());
        if (!terminal.attended()) {
          throw new ConfigException(
              messages.get(
                  "serve.noChatNoTerminal",
                  java.util.Map.of("missing", Serve.ADAPTERS.missing(secrets))));
        }
        terminal.out().println(messages.get("serve.noChat"));
        ConsoleCommand.runConsole(app, terminal);
      }
      return 0;
    }
  }
}
