package dev.mxbot.cli;

import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.chat.console.ConsoleInput;
import dev.mxbot.chat.console.ReaderInput;
import dev.mxbot.chat.console.TerminalInput;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.render.PlainTextRenderer;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mxbot console}: the chat experience in this terminal. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Type /mx <domain> in this terminal, as in chat.")
final class ConsoleCommand extends TakesCommonOptions implements Callable<Integer> {

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

  /**
   * Runs the console on the terminal until the user quits: with line editing and history when a
   * person types at a real terminal, reading plain lines otherwise (pipes, tests).
   */
  static void runConsole(Bootstrap app, Terminal terminal) throws Exception {
    try (ConsoleInput input = input(terminal)) {
      new ConsoleChat(
              app.get(Pipelines.class).create(Platform.CONSOLE, consoleHistory(app)),
              app.get(PlainTextRenderer.class),
              input,
              terminal.out(),
              app.config().locale())
          .start();
    }
  }

  /**
   * The console records (scope {@code console}) only into a store named on purpose ({@code
   * store.url} set): trying the bot in a terminal leaves no database file behind.
   */
  static CheckHistory consoleHistory(Bootstrap app) {
    return app.config().store().url().isPresent() ? app.get(CheckHistory.class) : CheckHistory.NONE;
  }

  /** JLine's line editor on a real terminal (JLine loads only then), the plain reader otherwise. */
  private static ConsoleInput input(Terminal terminal) {
    if (terminal.interactive()) {
      try {
        return TerminalInput.system();
      } catch (IOException | RuntimeException noTerminal) {
        // Line by line without editing: the console still works.
      }
    }
    return new ReaderInput(terminal.in(), terminal.out());
  }
}
