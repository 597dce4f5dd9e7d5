package dev.mxbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mxbot demo}: serves the sample zones of {@code bot-config/demo/} from an in-process DNS
 * server on loopback, points the bot at it and opens the console. Needs no network. With {@code
 * --dns-port} it only serves the zones, on that port, until SIGTERM or Ctrl-C: for scripts and the
 * documentation's examples, which then run {@code check} against it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Try mxbot on sample domains, with no network at all.")
final class DemoCommand extends TakesCommonOptions implements Callable<Integer> {

  @Option(
      names = "--dns-port",
      paramLabel = "PORT",
      description =
          "Only serve the sample zones on 127.0.0.1:PORT (UDP and TCP; 0: a free port) until"
              + " Ctrl-C, without the console; prints the check command that queries them.")
  Integer dnsPort;

  private final Terminal terminal;

  DemoCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    // The work lives in DemoRun: picocli instantiates every subcommand, check included.
    return dnsPort == null
        ? DemoRun.run(common, terminal)
        : DemoRun.serveZones(common, dnsPort, terminal);
  }
}
