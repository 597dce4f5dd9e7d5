package dev.mxbot.cli;

import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigLoader;
import dev.mxbot.config.StoreSettings;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.i18n.Messages;
import dev.mxbot.serve.TermSignal;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Runs {@code mxbot demo}. Apart from {@link DemoCommand} so that picocli, which instantiates every
 * subcommand, does not load the in-process DNS server for {@code check}.
 */
final class DemoRun {

  /** How long a signalled {@code --dns-port} run may take to close its sockets. */
  private static final Duration STOP_BOUND = Duration.ofSeconds(10);

  private DemoRun() {}

  /**
   * {@code demo --dns-port PORT}: the sample zones on {@code 127.0.0.1:PORT}, no console; one line
   * says where and gives the {@code check} command that queries them (the resolver and the
   * nameservers of the sample zones are this server, on loopback). Runs until SIGTERM or Ctrl-C,
   * then exits 0.
   */
  static int serveZones(CommonOptions common, int port, Terminal terminal) throws Exception {
    if (port < 0 || port > 65535) {
      throw new ConfigException("--dns-port " + port + ": expected a port number 0-65535");
    }
    BotConfig config = common.apply(new ConfigLoader().load(common.config));
    DemoZones demo = DemoZones.load(common.config.resolve("demo"));
    TermSignal signal = new TermSignal().install(STOP_BOUND);
    try (ZoneServer server = start(demo, port)) {
      String address = "127.0.0.1:" + server.port();
      terminal
          .out()
          .println(
              Messages.of(config.locale())
                  .get(
                      "demo.serving",
                      Map.of(
                          "address",
                          address,
                          "command",
                          checkCommand(common, address, server.port(), demo))));
      terminal.out().flush();
      signal.await();
    } finally {
      signal.finished();
    }
    return 0;
  }

  private static ZoneServer start(DemoZones demo, int port) throws IOException {
    try {
      return demo.start(port);
    } catch (BindException inUse) {
      throw new ConfigException(
          "--dns-port "
              + port
              + ": cannot listen on 127.0.0.1:"
              + port
              + " ("
              + inUse.getMessage()
              + ")");
    }
  }

  /** The {@code check} command line that asks this server about the first sample domain. */
  private static String checkCommand(
      CommonOptions common, String address, int port, DemoZones demo) {
    StringBuilder command = new StringBuilder("mxbot check");
    if (!common.config.equals(Path.of("bot-config"))) {
      command.append(" --config ").append(common.config);
    }
    command
        .append(" --resolver ")
        .append(address)
        .append(" --authoritative-port ")
        .append(port)
        .append(" --allow-private-addresses ")
        .append(demo.samples().isEmpty() ? "<domain>" : demo.samples().get(0).domain());
    return command.toString();
  }

  static int run(CommonOptions common, Terminal terminal) throws Exception {
    DemoZones demo = DemoZones.load(common.config.resolve("demo"));
    try (ZoneServer server = demo.start();
        Bootstrap app =
            Bootstrap.start(
                common,
                config ->
                    LoopbackWorld.of(config, server)
                        // the demo writes no file: nothing recorded, no history
                        .withStore(config.store().withUrl(StoreSettings.NONE)))) {
      common.warn(terminal.out(), app.config());
      Messages messages = Messages.of(app.config().locale());
      terminal
          .out()
          .println(
              messages.get(
                  "demo.intro",
                  Map.of(
                      "address",
                      server.socketAddress().getAddress().getHostAddress() + ":" + server.port())));
      for (DemoZones.Sample sample : demo.samples()) {
        terminal
            .out()
            .println(
                "  "
                    + messages.get(
                        "demo.sample", Map.of("domain", sample.domain(), "shows", sample.shows())));
      }
      ConsoleCommand.runConsole(app, terminal);
      return 0;
    }
  }
}
