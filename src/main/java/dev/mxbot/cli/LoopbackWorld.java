package dev.mxbot.cli;

import dev.mxbot.config.BotConfig;
import dev.mxbot.dns.server.ZoneServer;
import java.util.List;

/**
 * A configuration pointed at an in-process zone server on loopback (the demo's zones): the server
 * is the resolver and every nameserver's port, and its loopback addresses may be asked. Used by
 * {@code demo}, {@code serve}'s warm-up worlds and the launcher's cache training.
 */
final class LoopbackWorld {

  private LoopbackWorld() {}

  /** {@code config} with {@code server} as its resolver and nameservers. */
  static BotConfig of(BotConfig config, ZoneServer server) {
    return config
        .withResolvers(List.of(server.socketAddress()))
        .withAuthoritativePort(server.port())
        .withAllowPrivateAddresses(true);
  }
}
