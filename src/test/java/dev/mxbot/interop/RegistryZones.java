package dev.mxbot.interop;

import java.util.List;
import java.util.Map;

/**
 * The fake root and the {@code it.}, {@code net.}, {@code com.} registries. Every one is signed;
 * each delegation to a signed child carries the child's DS (given by {@link DnssecKeys}).
 */
final class RegistryZones {

  private static final long SERIAL = 2026112600L;

  private RegistryZones() {}

  /** The root: delegations of it., net., com. with glue and DS. */
  static String root(Map<String, List<String>> ds) {
    return ZoneText.start(".", SERIAL, "a.root-servers.net.")
        .add(". 86400 NS a.root-servers.net.")
        .add("a.root-servers.net. 86400 A " + Loopback.ROOT)
        .add("it. 86400 NS a.dns.it.")
        .add("a.dns.it. 86400 A " + Loopback.TLD_IT)
        .addAll(ds.get("it"))
        .add("net. 86400 NS a.gtld-servers.net.")
        .add("a.gtld-servers.net. 86400 A " + Loopback.TLD_NET)
        .addAll(ds.get("net"))
        .add("com. 86400 NS a.nic.com.")
        .add("a.nic.com. 86400 A " + Loopback.TLD_COM)
        .addAll(ds.get("com"))
        .text();
  }

  /** {@code it.}: the customer delegations, with glue, and DS for the signed customer zones. */
  static String it(List<Placement> placements, Map<String, List<String>> ds) {
    ZoneText zone =
        ZoneText.start("it", SERIAL, "a.dns.it.")
            .add("@ NS a.dns.it.")
            .add("a.dns A " + Loopback.TLD_IT);
    placements.stream()
        .map(p -> new Delegation(p.zone().domain(), p.parentNs(), p.parentGlue()))
        .distinct()
        .forEach(
            d -> {
              d.ns().forEach(ns -> zone.add(d.domain() + ". NS " + ns));
              zone.addAll(d.glue());
              zone.addAll(ds.getOrDefault(d.domain(), List.of()));
            });
    return zone.text();
  }

  /** {@code net.}: ovh.net's delegation; also the root server's own name. */
  static String net() {
    return ZoneText.start("net", SERIAL, "a.gtld-servers.net.")
        .add("@ NS a.gtld-servers.net.")
        .add("a.gtld-servers A " + Loopback.TLD_NET)
        .add("a.root-servers A " + Loopback.ROOT)
        .add("ovh NS dns10.ovh.net.")
        .add("dns10.ovh A " + Loopback.OVH_INFRA)
        .text();
  }

  /** {@code com.}: ovh.com (served by dns10.ovh.net) and google.com. */
  static String com() {
    return ZoneText.start("com", SERIAL, "a.nic.com.")
        .add("@ NS a.nic.com.")
        .add("a.nic A " + Loopback.TLD_COM)
        .add("ovh NS dns10.ovh.net.")
        .add("google NS ns1.google.com.")
        .add("ns1.google A " + Loopback.GOOGLE)
        .text();
  }

  /** One delegation in {@code it.}: a zone served by two versions appears once. */
  private record Delegation(String domain, List<String> ns, List<String> glue) {}
}
