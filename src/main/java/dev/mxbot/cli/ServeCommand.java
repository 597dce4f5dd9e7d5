package dev.mxbot.cli;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.Secrets;
import dev.mxbot.i18n.Messages;
import dev.mxbot.ops.LogFormat;
import dev.mxbot.ops.OpsModule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mxbot serve} (the default): starts every chat adapter whose secrets are set, logging one
 * line per adapter started or skipped, behind the ops listener ({@code /healthz}, {@code /readyz},
 * {@code /metrics}); with none, says so and opens the console. On SIGTERM it stops taking commands,
 * finishes the answers in flight (up to 10 s), closes the connections and exits 0.
 */
@Command(name = "serve", description = "Run the bot on the configured chat platforms (default).")
final class ServeCommand implements Callable<Integer> {

  /** How long answers in flight may take to finish after SIGTERM. */
  static final Duration GRACE = Duration.ofSeconds(10);

  /** The chat platforms, one line each. */
  static final ChatAdapters ADAPTERS =
      new ChatAdapters(List.of(new SlackAdapter(), new DiscordAdapter()));

  @Mixin CommonOptions common;

  private final Terminal terminal;

  ServeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
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
