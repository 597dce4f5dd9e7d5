package dev.mxbot.cli;

import dev.mxbot.configfile.ConfigException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The benchmark's command line, {@code java -jar target/mxbot-bench.jar}: {@code bench} and {@code
 * soak}. Built from {@code src/bench/java} into its own jar, which runs mxbot from {@code
 * target/mxbot.jar} (its manifest's {@code Class-Path}); the shipped jar has neither command. Exit
 * codes: 0 done, 1 {@code soak} saw errors, 2 bad usage or configuration, 70 unexpected failure.
 *
 * <p>It lives in package {@code dev.mxbot.cli}, beside {@link Main}, because it starts mxbot the
 * way {@code serve} does ({@link Bootstrap}, {@link CommonOptions}), which the product does not
 * export.
 */
@Command(
    name = "mxbot-bench",
    mixinStandardHelpOptions = true,
    version = "mxbot-bench 0.1",
    description = "Measures mxbot on the benchmark zones of bot-config/bench/, with no network.",
    subcommands = {BenchCommand.class, SoakCommand.class, StoreCommand.class})
public final class BenchMain implements Runnable {

  @Spec CommandSpec spec;

  private BenchMain() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /** Runs the command line on the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new BenchMain());
    TakesCommonOptions.addCommonOptions(commandLine);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof ConfigException) {
            err.println("mxbot-bench: " + e.getMessage());
            return Main.BAD_INPUT;
          }
          err.println("mxbot-bench: failed");
          e.printStackTrace(err);
          return 70;
        });
    return commandLine.execute(args);
  }

  /** With no subcommand: the usage, and exit 2. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing required subcommand: bench or soak");
  }
}
