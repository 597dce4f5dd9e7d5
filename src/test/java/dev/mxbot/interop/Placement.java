package dev.mxbot.interop;

import java.util.List;

/**
 * Where a customer zone lives: its content, the servers that serve this version of it, and the NS
 * set the {@code it.} registry delegates it to (which may differ from the zone's own NS set).
 *
 * @param zone the zone's content
 * @param servers names of the knotd instances serving this version
 * @param parentNs the delegation in {@code it.}
 */
record Placement(CustomerZone zone, List<String> servers, List<String> parentNs) {

  Placement {
    servers = List.copyOf(servers);
    parentNs = List.copyOf(parentNs);
  }
}
