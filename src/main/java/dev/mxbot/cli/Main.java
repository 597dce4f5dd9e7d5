package dev.mxbot.cli;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.dns.DnsjavaProperties;
import dev.mxbot.dns.SelectorProviderName;
import dev.mxbot.ops.DeferredLogging;
import java.io.BufferedReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line: {@code serve} (the default), {@code check}, {@code console}, {@code demo},
 * {@code help <command>} (listed in {@link Subcommands}); {@code --help}/{@code -h} on every
 * command (exit 0). Its own model is written in code ({@link CodedCommand}). Exit codes of {@code
 * check}: 0 no error finding, 1 an error finding, 2 bad input or usage, 3 DNS unreachable.
 */
// The subcommands are listed in Subcommands, which adds only the one a command line runs.
public final class Main extends TakesCommonOptions implements Callable<Integer>, CodedCommand {

  /** Exit code for bad input, bad usage and unusable configuration. */
  static final int BAD_INPUT = 2;

  private final Terminal terminal;

  Main(Terminal terminal) {
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    boolean check = args.length > 0 && args[0].equals("check");
    if (check) {
      // Before anything asks SLF4J for a logger or opens a selector: neither reads the jar then.
      DeferredLogging.propertiesFor(System.getProperties()).forEach(System::setProperty);
      SelectorProviderName.pin();
    }
    // Before anything touches dnsjava: it reads its settings in static initialisers.
    DnsjavaProperties.apply();
    GuiceSettings.apply();
    // a one-shot check reads its configuration files while picocli builds its model
    ConfigFilesLoad.prefetch(args);
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    BufferedReader in = Terminal.standardInput();
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, in, out, err);
    if (check) {
      out.flush();
      err.flush();
      if (code <= 1) {
        // the launcher's recording run: the demo's samples too, so its cache serves any check
        CacheTraining.afterCheck(args);
      }
      // Runtime.exit would ask the JDK's System.Logger whether to log the exit (Java 21+),
      // setting java.util.logging up and searching the jar for a logger finder: ~10 ms at the
      // very end. A check has closed what it opened (CheckWiring) and has no shutdown hook.
      Runtime.getRuntime().halt(code);
    }
    System.exit(code);
  }

  /** Runs the command line on the given streams; returns the exit code. */
  public static int run(String[] args, BufferedReader in, PrintWriter out, PrintWriter err) {
    Optional<CheckCommand> check = CheckLine.read(args);
    if (check.isPresent()) {
      return runCheck(check.get(), out, err);
    }
    Terminal terminal = new Terminal(in, out);
    CommandLine commandLine = new CommandLine(new Main(terminal).spec(), terminal.factory());
    Subcommands.addTo(commandLine, args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Failures(err));
    commandLine.setExecutionStrategy(TakesCommonOptions::beforeTheCommand);
    return commandLine.execute(args);
  }

  /** A check read without picocli ({@link CheckLine}), its failures answered as picocli's are. */
  private static int runCheck(CheckCommand check, PrintWriter out, PrintWriter err) {
    try {
      return check.run(out, err);
    } catch (RuntimeException e) {
      return new Failures(err).handle(e);
    }
  }

  /**
   * {@code mxbot}: the common options, help and version; the subcommands come from {@link
   * Subcommands}.
   */
  @Override
  public CommandSpec spec() {
    CommandSpec spec = CodedCommand.specOf(this).name("mxbot");
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().description("Diagnoses a domain's mail DNS and links the guide to fix it.");
    CodedCommand.addStandardHelp(spec);
    spec.addMixin("common", common.spec());
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    ServeCommand serve = new ServeCommand(terminal);
    serve.common = common;
    return serve.call();
  }

  /** Turns configuration mistakes into one clear line, anything else into a reference. */
  private record Failures(PrintWriter err) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      return handle(e);
    }

    int handle(Exception e) {
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
