package dev.mxbot.interop;

import java.util.List;

/**
 * Where a customer zone lives: its content, the servers that serve this version of it, and the NS
 * set the {@code it.} registry delegates it to (which may differ from the zone's own NS set).
 *
 * @param zone the zone's content
 * @param servers names of the knotd instances serving this version
 * @param parentNs the delegation in {@code it.}
 * @param parentGlue glue lines of the delegation in {@code it.} ({@code "ns1.example.it. A
 *     127.1.10.20"}), for nameservers inside the zone
 */
record Placement(
    CustomerZone zone, List<String> servers, List<String> parentNs, List<String> parentGlue) {

  Placement {
    servers = List.copyOf(servers);
    parentNs = List.copyOf(parentNs);
    parentGlue = List.copyOf(parentGlue);
  }

  /** A delegation to nameservers outside the zone: no glue. */
  Placement(CustomerZone zone, List<String> servers, List<String> parentNs) {
    this(zone, servers, parentNs, List.of());
  }
}
