package dev.mxbot.cli;

import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.i18n.Messages;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code mxbot demo}. Apart from {@link DemoCommand} so that picocli, which instantiates every
 * subcommand, does not load the in-process DNS server for {@code check}.
 */
final class DemoRun {

  private DemoRun() {}

  static int run(CommonOptions common, Terminal terminal) throws Exception {
    DemoZones demo = DemoZones.load(common.config.resolve("demo"));
    try (ZoneServer server = demo.start();
        Bootstrap app =
            Bootstrap.start(
                common,
                config ->
                    config
                        .withResolvers(List.of(server.socketAddress()))
                        .withAuthoritativePort(server.port())
                        .withAllowPrivateAddresses(true))) {
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
