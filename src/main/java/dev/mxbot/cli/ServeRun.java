package dev.mxbot.cli;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.Secrets;
import dev.mxbot.i18n.Messages;
import dev.mxbot.ops.LogFormat;
import dev.mxbot.ops.OpsModule;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@code mxbot serve}: the ops listener, then every chat adapter whose secrets are set (all or
 * nothing), or the console when none is; on SIGTERM, drains the answers in flight within {@link
 * #GRACE} and exits 0. Apart from {@link ServeCommand} so that picocli, which instantiates every
 * subcommand, loads neither the ops listener nor the chat adapters for {@code check}.
 */
final class ServeRun {

  /** How long answers in flight may take to finish after SIGTERM. */
  static final Duration GRACE = Duration.ofSeconds(10);

  /** The chat platforms, one line each. */
  static final ChatAdapters ADAPTERS =
      new ChatAdapters(List.of(new SlackAdapter(), new DiscordAdapter()));

  private ServeRun() {}

  static int run(CommonOptions common, Terminal terminal) throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c, new OpsModule())) {
      new LogFormat().apply(app.config().ops(), System.getenv());
      common.warn(terminal.out(), app.config());
      List<ChatService> services = ADAPTERS.create(app, Secrets.fromEnvironment());
      if (services.isEmpty()) {
        terminal.out().println(Messages.of(app.config().locale()).get("serve.noChat"));
        ConsoleCommand.runConsole(app, terminal);
        return 0;
      }
      TermSignal signal = new TermSignal().install(GRACE.multipliedBy(3));
      Serving serving = new Serving(app, services, GRACE);
      serving.start();
      signal.await();
      serving.stop();
      signal.finished();
      return 0;
    }
  }
}
