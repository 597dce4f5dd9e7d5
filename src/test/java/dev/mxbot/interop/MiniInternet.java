package dev.mxbot.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A small DNS internet on loopback made of real Debian software: knotd instances for a fake root,
 * the {@code it.}/{@code net.}/{@code com.} registries, the providers' zones and the OVHcloud
 * customer nameservers (dns109/ns109, dns15, sdns2), all on port 53 of their own 127.N.10.x address
 * ({@link Loopback}), and Unbound as the validating recursive resolver on {@value
 * Loopback#RESOLVER}. The root, the registries and four customer zones are DNSSEC-signed by knotd;
 * Unbound trusts the fake root's DS. Everything is written under one directory ({@code
 * target/mini-internet}).
 *
 * <p>Needs knotd, knotc, keymgr and unbound installed and root privileges (port 53): check {@link
 * #unavailableReason()} first. {@link #close()} stops every process; a shutdown hook does it too if
 * the JVM exits first.
 */
public final class MiniInternet implements AutoCloseable {

  /** Where the tests put it: nothing is written outside. */
  public static final Path DEFAULT_DIR = Path.of("target", "mini-internet");

  /** OVHcloud's 2016 MX set, e.g. for {@link #changeMx}. */
  public static final List<String> OVH_2016_MX = ProviderZones.OVH_2016_MX;

  /** The signed zones and their {@link DnssecKeys} policies. */
  private static final Map<String, String> SIGNED =
      Map.of(
          ".",
          DnssecKeys.FAST,
          "it",
          DnssecKeys.FAST,
          "net",
          DnssecKeys.FAST,
          "com",
          DnssecKeys.FAST,
          Domains.HEALTHY,
          DnssecKeys.FAST,
          Domains.BOGUS,
          DnssecKeys.FAST,
          Domains.RSASHA1,
          DnssecKeys.LEGACY,
          Domains.SHORT_SIGNATURES,
          DnssecKeys.SHORT_SIGNATURES);

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

  private final Map<String, KnotServer> servers = new LinkedHashMap<>();
  private final Map<String, Map<String, CustomerZone>> customerZones = new LinkedHashMap<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "mini-internet shutdown");
  private UnboundResolver resolver;

  private MiniInternet() {}

  /** Why the mini internet cannot run here, with how to make it run; empty when it can. */
  public static Optional<String> unavailableReason() {
    List<String> missing =
        Stream.of("knotd", "knotc", "keymgr", "unbound")
            .filter(tool -> Commands.find(tool).isEmpty())
            .toList();
    if (!missing.isEmpty()) {
      return Optional.of(
          "interoperability tests skipped: "
              + String.join(", ", missing)
              + " not installed (apt-get install knot unbound knot-dnsutils, then run as root)");
    }
    if (!runningAsRoot()) {
      return Optional.of(
          "interoperability tests skipped: they bind port 53 on 127.N.10.x and 127.N.20.53,"
              + " run them as root (apt-get install knot unbound knot-dnsutils)");
    }
    return Optional.empty();
  }

  private static boolean runningAsRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** Starts everything under {@link #DEFAULT_DIR}. */
  public static MiniInternet start() {
    return start(DEFAULT_DIR);
  }

  /** Starts everything under {@code dir}, which is emptied first; returns when all answer. */
  public static MiniInternet start(Path dir) {
    MiniInternet world = new MiniInternet();
    Runtime.getRuntime().addShutdownHook(world.shutdownHook);
    try {
      world.build(dir.toAbsolutePath());
    } catch (RuntimeException | Error e) {
      world.close();
      throw e;
    }
    return world;
  }

  private void build(Path dir) {
    StaleProcesses.stopUnder(dir);
    recreate(dir);
    List<Placement> placements = CustomerPlacements.all();
    DnssecKeys keys = DnssecKeys.create(dir.resolve("keys"));
    Map<String, List<String>> ds = new LinkedHashMap<>();
    ds.put(Domains.HEALTHY, keys.generate(Domains.HEALTHY));
    ds.put(Domains.BOGUS, DnssecKeys.corrupt(keys.generate(Domains.BOGUS)));
    ds.put(Domains.RSASHA1, keys.generate(Domains.RSASHA1, DnssecKeys.LEGACY));
    ds.put(
        Domains.SHORT_SIGNATURES,
        keys.generate(Domains.SHORT_SIGNATURES, DnssecKeys.SHORT_SIGNATURES));
    for (String tld : List.of("it", "net", "com")) {
      ds.put(tld, keys.generate(tld));
    }
    List<String> rootDs = keys.generate(".");

    Map<String, Map<String, String>> zonesByServer = new LinkedHashMap<>();
    Map<String, String> addresses = new LinkedHashMap<>();
    add(zonesByServer, addresses, "root", Loopback.ROOT, ".", RegistryZones.root(ds));
    add(
        zonesByServer,
        addresses,
        "tld-it",
        Loopback.TLD_IT,
        "it",
        RegistryZones.it(placements, ds));
    add(zonesByServer, addresses, "tld-net", Loopback.TLD_NET, "net", RegistryZones.net());
    add(zonesByServer, addresses, "tld-com", Loopback.TLD_COM, "com", RegistryZones.com());
    add(
        zonesByServer,
        addresses,
        "ovh-infra",
        Loopback.OVH_INFRA,
        "ovh.net",
        ProviderZones.ovhNet());
    add(
        zonesByServer,
        addresses,
        "ovh-infra",
        Loopback.OVH_INFRA,
        "ovh.com",
        ProviderZones.ovhCom());
    add(
        zonesByServer,
        addresses,
        "google",
        Loopback.GOOGLE,
        "google.com",
        ProviderZones.googleCom());
    Map<String, String> customerAddresses =
        Map.of(
            "dns109", Loopback.DNS109,
            "ns109", Loopback.NS109,
            "dns15", Loopback.DNS15,
            "sdns2", Loopback.SDNS2);
    for (Placement placement : placements) {
      for (String server : placement.servers()) {
        CustomerZone zone = placement.zone();
        add(
            zonesByServer,
            addresses,
            server,
            customerAddresses.get(server),
            zone.domain(),
            zone.text());
        customerZones.computeIfAbsent(server, s -> new LinkedHashMap<>()).put(zone.domain(), zone);
      }
    }

    for (Map.Entry<String, Map<String, String>> server : zonesByServer.entrySet()) {
      String name = server.getKey();
      servers.put(
          name,
          KnotServer.start(
              name,
              addresses.get(name),
              dir.resolve("knot-" + name),
              server.getValue(),
              SIGNED,
              keys.kasp()));
    }
    for (Map.Entry<String, Map<String, String>> server : zonesByServer.entrySet()) {
      KnotServer knot = servers.get(server.getKey());
      for (String zone : server.getValue().keySet()) {
        knot.awaitServing(zone, 0, READY_TIMEOUT);
      }
    }
    resolver = UnboundResolver.start(dir.resolve("unbound"), rootDs, READY_TIMEOUT);
  }

  private static void add(
      Map<String, Map<String, String>> zonesByServer,
      Map<String, String> addresses,
      String server,
      String address,
      String zone,
      String text) {
    addresses.put(server, address);
    zonesByServer.computeIfAbsent(server, s -> new LinkedHashMap<>()).put(zone, text);
  }

  /** The validating resolver (Unbound) to point mxbot at. */
  public InetSocketAddress resolver() {
    return resolver.socketAddress();
  }

  /** The port every authoritative server listens on. */
  public int authoritativePort() {
    return Loopback.PORT;
  }

  /** A server of the mini internet by its loopback address (see {@link Loopback}). */
  public static InetSocketAddress at(String address) {
    return new InetSocketAddress(address, Loopback.PORT);
  }

  /**
   * Publishes a new version of a customer zone (serial + 1) with another MX set on every server
   * that serves it ({@code knotc zone-reload}); returns when they all serve it. Resolvers keep what
   * they cached until its TTL runs out.
   */
  public void changeMx(String domain, List<String> mx) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Map<String, CustomerZone>> server : customerZones.entrySet()) {
      CustomerZone current = server.getValue().get(domain);
      if (current == null) {
        continue;
      }
      CustomerZone next = current.withMx(mx);
      KnotServer knot = servers.get(server.getKey());
      knot.replace(domain, next.text());
      knot.awaitServing(domain, next.serial(), READY_TIMEOUT);
      server.getValue().put(domain, next);
      changed.add(server.getKey());
    }
    if (changed.isEmpty()) {
      throw new IllegalArgumentException(domain + " is not a customer zone of the mini internet");
    }
  }

  /**
   * Publishes a new version of a customer zone (serial + 1) with {@code lines} added, relative to
   * the zone, on every server that serves it; returns when they all serve it. A resolver that
   * cached the absence of a name keeps it for the negative TTL.
   */
  public void addRecords(String domain, List<String> lines) {
    boolean changed = false;
    for (Map.Entry<String, Map<String, CustomerZone>> server : customerZones.entrySet()) {
      CustomerZone current = server.getValue().get(domain);
      if (current == null) {
        continue;
      }
      List<String> extra = new ArrayList<>(current.extra());
      extra.addAll(lines);
      CustomerZone next = current.withExtra(extra).withSerial(current.serial() + 1);
      KnotServer knot = servers.get(server.getKey());
      knot.replace(domain, next.text());
      knot.awaitServing(domain, next.serial(), READY_TIMEOUT);
      server.getValue().put(domain, next);
      changed = true;
    }
    if (!changed) {
      throw new IllegalArgumentException(domain + " is not a customer zone of the mini internet");
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs stopAll as well
    }
  }

  private synchronized void stopAll() {
    if (resolver != null) {
      resolver.close();
    }
    servers.values().forEach(KnotServer::close);
  }

  private static void recreate(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> paths = Files.walk(dir)) {
          for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
            Files.delete(path);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
