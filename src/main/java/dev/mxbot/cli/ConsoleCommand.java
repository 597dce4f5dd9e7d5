package dev.mxbot.cli;

import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.render.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mxbot console}: the chat experience in this terminal. */
@Command(name = "console", description = "Type /mx <domain> in this terminal, as in chat.")
final class ConsoleCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c)) {
      runConsole(app);
      return 0;
    }
  }

  /** Runs the console on standard input and output until the user quits. */
  static void runConsole(Bootstrap app) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new ConsoleChat(
            app.get(CommandRouter.class),
            app.get(PlainTextRenderer.class),
            in,
            out,
            app.config().locale())
        .start();
  }
}
