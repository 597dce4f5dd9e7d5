package dev.mxbot.cli;

import dev.mxbot.configfile.ConfigException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The command line: {@code serve} (the default), {@code check}, {@code console}, {@code demo}. Exit
 * codes of {@code check}: 0 no error finding, 1 an error finding, 2 bad input or usage, 3 DNS
 * unreachable.
 */
@Command(
    name = "mxbot",
    mixinStandardHelpOptions = true,
    version = "mxbot 0.1",
    description = "Diagnoses a domain's mail DNS and links the guide to fix it.",
    subcommands = {ServeCommand.class, CheckCommand.class, ConsoleCommand.class, DemoCommand.class})
public final class Main implements Callable<Integer> {

  /** Exit code for bad input, bad usage and unusable configuration. */
  static final int BAD_INPUT = 2;

  @Mixin CommonOptions common;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Failures(err));
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    ServeCommand serve = new ServeCommand();
    serve.common = common;
    return serve.call();
  }

  /** Turns configuration mistakes into one clear line, anything else into a reference. */
  private record Failures(PrintWriter err) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      if (e instanceof ConfigException) {
        err.println("mxbot: " + e.getMessage());
        return BAD_INPUT;
      }
      String ref =
          Long.toString(System.nanoTime() & 0xFFFFFF, 36).toUpperCase(java.util.Locale.ROOT);
      org.slf4j.LoggerFactory.getLogger(Main.class).error("unexpected failure, ref {}", ref, e);
      err.println("mxbot: something went wrong (ref " + ref + ")");
      return 70;
    }
  }
}
