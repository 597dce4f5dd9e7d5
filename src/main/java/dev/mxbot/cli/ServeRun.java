package dev.mxbot.cli;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.config.Secrets;
import dev.mxbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code mxbot serve}. Apart from {@link ServeCommand} so that picocli, which instantiates
 * every subcommand, loads neither SLF4J nor the chat adapters for {@code check}.
 */
final class ServeRun {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  /** The chat platforms, one line each. */
  private static final List<ChatAdapter> ADAPTERS =
      List.of(new SlackAdapter(), new DiscordAdapter());

  private ServeRun() {}

  static int run(CommonOptions common, Terminal terminal) throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c)) {
      common.warn(terminal.out(), app.config());
      Secrets secrets = Secrets.fromEnvironment();
      List<ChatService> services = new ArrayList<>();
      for (ChatAdapter adapter : ADAPTERS) {
        adapter
            .create(app, secrets)
            .ifPresentOrElse(
                services::add,
                () -> LOG.info("{} not started: {}", adapter.name(), adapter.missing(secrets)));
      }
      if (services.isEmpty()) {
        terminal.out().println(Messages.of(app.config().locale()).get("serve.noChat"));
        ConsoleCommand.runConsole(app, terminal);
        return 0;
      }
      return serve(app, services);
    }
  }

  private static int serve(Bootstrap app, List<ChatService> services) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  services.forEach(ChatService::stop);
                  app.get(CommandExecutor.class).shutdown(10);
                  stopped.countDown();
                },
                "mxbot-shutdown"));
    for (ChatService service : services) {
      service.start();
      LOG.info("{} started", service.name());
    }
    stopped.await();
    return 0;
  }
}
