package dev.mxbot.testing;

import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.config.BotConfig;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shipped demo world for tests: the sample zones of {@code bot-config/demo/} served over real
 * UDP and TCP sockets on loopback, and mxbot wired exactly as {@code main} wires it, pointed at
 * that server. Close it after use.
 */
public final class DemoWorld implements AutoCloseable {

  public static final Path CONFIG = Path.of("bot-config");

  public final ZoneServer server;
  public final Bootstrap app;

  private DemoWorld(ZoneServer server, Bootstrap app) {
    this.server = server;
    this.app = app;
  }

  public static DemoWorld start() throws Exception {
    return start(config -> config);
  }

  public static DemoWorld start(UnaryOperator<BotConfig> adjust) throws Exception {
    return start(adjust, new com.google.inject.Module[0]);
  }

  /** The same, with more feature modules (e.g. {@code OpsModule}, as {@code serve} adds it). */
  public static DemoWorld start(UnaryOperator<BotConfig> adjust, com.google.inject.Module... extra)
      throws Exception {
    ZoneServer server = DemoZones.load(CONFIG.resolve("demo")).start();
    CommonOptions options = new CommonOptions();
    options.config = CONFIG;
    Bootstrap app =
        Bootstrap.start(
            options,
            config ->
                adjust.apply(
                    config
                        .withResolvers(List.of(server.socketAddress()))
                        .withAuthoritativePort(server.port())
                        .withAllowPrivateAddresses(true)
                        .withDeadline(Duration.ofSeconds(8))),
            extra);
    return new DemoWorld(server, app);
  }

  /** The resolver option pointing at this world's server. */
  public String resolverOption() {
    return "127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    app.close();
    server.close();
  }
}
