package dev.mxbot.cli;

import dev.mxbot.dns.ZoneServer;
import dev.mxbot.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mxbot demo}: serves the sample zones of {@code bot-config/demo/} from an in-process DNS
 * server on loopback, points the bot at it and opens the console. Needs no network.
 */
@Command(name = "demo", description = "Try mxbot on sample domains, with no network at all.")
final class DemoCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  private final Terminal terminal;

  DemoCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    DemoZones demo = DemoZones.load(common.config.resolve("demo"));
    try (ZoneServer server = demo.start();
        Bootstrap app =
            Bootstrap.start(
                common,
                config ->
                    config
                        .withResolvers(List.of(server.socketAddress()))
                        .withAuthoritativePort(server.port()))) {
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
