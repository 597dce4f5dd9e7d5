package dev.mxbot.cli;

import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.render.PlainTextRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mxbot console}: the chat experience in this terminal. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Type /mx <domain> in this terminal, as in chat.")
final class ConsoleCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  private final Terminal terminal;

  ConsoleCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c)) {
      common.warn(terminal.out(), app.config());
      runConsole(app, terminal);
      return 0;
    }
  }

  /** Runs the console on the terminal until the user quits. */
  static void runConsole(Bootstrap app, Terminal terminal) throws Exception {
    new ConsoleChat(
            app.get(Pipelines.class).create(Platform.CONSOLE),
            app.get(PlainTextRenderer.class),
            terminal.in(),
            terminal.out(),
            app.config().locale())
        .start();
  }
}
