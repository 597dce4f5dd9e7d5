package dev.mxbot.bench;

import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark's DNS: four in-process zone servers on one port, each on its own loopback address
 * (a resolver, the two nameservers {@code dns109}/{@code ns109} and the {@code it.} registry),
 * serving {@code bot-config/bench/zones/}. {@code zones/ns2/} holds the files the second nameserver
 * serves instead (the zone whose nameservers disagree). Close it after use.
 */
public final class BenchWorld implements AutoCloseable {

  /** The benchmark zones, in the order they run. */
  public static final List<String> ZONES =
      List.of("ovh-customer.it", "mx40.it", "spf10.it", "signed.it", "split-ns.it");

  private static final String REGISTRY_FILE = "it.zone";

  /** A named server of the world. */
  record Server(String role, ZoneServer server) {}

  private final List<Server> servers;
  private final ZoneData data;

  private BenchWorld(List<Server> servers, ZoneData data) {
    this.servers = servers;
    this.data = data;
  }

  /** Starts the servers on 127.0.0.10 to .13 with the zones of {@code zonesDirectory}. */
  public static BenchWorld start(Path zonesDirectory) throws IOException {
    Map<String, Path> files = zoneFiles(zonesDirectory);
    Map<String, Path> second = new LinkedHashMap<>(files);
    second.putAll(zoneFiles(zonesDirectory.resolve("ns2")));
    List<Server> servers = new ArrayList<>();
    try {
      ZoneServer resolver = serve("127.0.0.10", 0, files.values());
      servers.add(new Server("resolver", resolver));
      int port = resolver.port();
      servers.add(new Server("dns109", serve("127.0.0.11", port, withoutRegistry(files))));
      servers.add(new Server("ns109", serve("127.0.0.12", port, withoutRegistry(second))));
      servers.add(
          new Server("registry", serve("127.0.0.13", port, List.of(files.get(REGISTRY_FILE)))));
    } catch (IOException | RuntimeException e) {
      servers.forEach(s -> s.server().close());
      throw e;
    }
    return new BenchWorld(List.copyOf(servers), ZoneData.load(files.values()));
  }

  private static Map<String, Path> zoneFiles(Path directory) {
    Map<String, Path> files = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> list = Files.list(directory)) {
      list.filter(p -> p.toString().endsWith(".zone"))
          .sorted()
          .forEach(p -> files.put(p.getFileName().toString(), p));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private static List<Path> withoutRegistry(Map<String, Path> files) {
    return files.entrySet().stream()
        .filter(e -> !e.getKey().equals(REGISTRY_FILE))
        .map(Map.Entry::getValue)
        .toList();
  }

  private static ZoneServer serve(String address, int port, Iterable<Path> zones)
      throws IOException {
    ZoneServerBuilder builder = ZoneServer.builder().address(address).port(port);
    zones.forEach(builder::zone);
    return builder.start();
  }

  /** The address mxbot uses as its recursive resolver. */
  public InetSocketAddress resolver() {
    return servers.get(0).server().socketAddress();
  }

  /** The port every server listens on: mxbot's authoritative port. */
  public int port() {
    return resolver().getPort();
  }

  /** The DKIM selectors {@code zone} publishes: the benchmark passes them as the agent would. */
  public List<String> dkimSelectors(String zone) {
    return data.dkimSelectors(zone);
  }

  /** The zone data, for the dependency-depth analyser. */
  ZoneData data() {
    return data;
  }

  List<Server> servers() {
    return servers;
  }

  /** Delays every answer of every server by {@code delay}. */
  public void delayAll(Duration delay) {
    servers.forEach(s -> s.server().delayAll(delay));
  }

  /** Forgets the queries logged so far, on every server. */
  public void resetLogs() {
    servers.forEach(s -> s.server().resetLog());
  }

  /** The queries every server received since the last reset. */
  public QueryCount queries() {
    return QueryCount.of(servers);
  }

  /** The queries since the last reset, by round of {@code delay} after {@code startNanos}. */
  Timeline timeline(long startNanos, Duration delay) {
    return Timeline.of(servers, startNanos, delay.toNanos());
  }

  @Override
  public void close() {
    servers.forEach(s -> s.server().close());
  }
}
