package dev.mxbot.testing;

import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Report;
import dev.mxbot.dns.server.ZoneServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault matrix's small internet on loopback, all on one port as nameservers are on 53: a
 * resolver (127.0.0.31) serving every zone, the customers' two nameservers (127.0.0.32 and .33), a
 * nameserver answering garbage (.34), a forger in front of the resolver (.35) and an address where
 * nothing listens (.39). Three mxbot applications: one asking the resolver, one asking the dead
 * address, one asking through the forger.
 */
public final class MatrixWorld implements AutoCloseable {

  static final Duration DEADLINE = Duration.ofSeconds(6);
  private static final Path DEMO_ZONES = DemoWorld.CONFIG.resolve("demo").resolve("zones");

  public final ZoneServer resolver;
  public final ZoneServer ns1;
  public final ZoneServer ns2;
  public final Bootstrap app;
  public final Bootstrap deadResolverApp;
  public final Bootstrap forgedApp;

  /** As production runs: special-purpose addresses learned from DNS data are not contacted. */
  public final Bootstrap strictApp;

  private final List<RawDnsServer> rawServers = new ArrayList<>();

  public MatrixWorld(List<MatrixZones.Customer> customers) throws Exception {
    List<String> zones = new ArrayList<>(customers.stream().map(c -> c.masterFile()).toList());
    zones.add(MatrixZones.matrix());
    resolver = serve("127.0.0.31", 0, zones, MatrixZones.tld(customers), true);
    int port = resolver.port();
    ns1 = serve(MatrixZones.NS1, port, zones, null, false);
    ns2 = serve(MatrixZones.NS2, port, zones, null, false);
    rawServers.add(RawDnsServer.start(MatrixZones.GARBAGE_NS, port, RawDnsServer.garbage(8)));
    rawServers.add(
        RawDnsServer.start(
                "127.0.0.35", port, RawDnsServer.forgerInFrontOf(resolver.socketAddress()))
            .relayTcpTo(resolver.socketAddress()));
    app = app(resolver.socketAddress(), port);
    deadResolverApp = app(new InetSocketAddress("127.0.0.39", port), port);
    forgedApp = app(new InetSocketAddress("127.0.0.35", port), port);
    strictApp = app(resolver.socketAddress(), port, false);
  }

  private static ZoneServer serve(
      String address, int port, List<String> zones, String tld, boolean withProviders)
      throws Exception {
    var builder = ZoneServer.builder().address(address).port(port);
    for (String zone : zones) {
      builder.zone(zone.substring(8, zone.indexOf('\n')), zone);
    }
    if (tld != null) {
      builder.zone("it.", tld);
    }
    if (withProviders) {
      builder.zone(DEMO_ZONES.resolve("ovh.net.zone")).zone(DEMO_ZONES.resolve("ovh.com.zone"));
    }
    return builder.start();
  }

  private static Bootstrap app(InetSocketAddress resolver, int port) {
    return app(resolver, port, true);
  }

  private static Bootstrap app(InetSocketAddress resolver, int port, boolean allowPrivate) {
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    return Bootstrap.start(
        options,
        config ->
            config
                .withResolvers(List.of(resolver))
                .withAuthoritativePort(port)
                .withAllowPrivateAddresses(allowPrivate)
                .withDeadline(DEADLINE));
  }

  public static Report diagnose(Bootstrap app, String domain) {
    return app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
  }

  public void clearFaults() {
    resolver.clearFaults();
    ns1.clearFaults();
    ns2.clearFaults();
  }

  @Override
  public void close() throws IOException {
    app.close();
    deadResolverApp.close();
    forgedApp.close();
    strictApp.close();
    for (RawDnsServer raw : rawServers) {
      raw.close();
    }
    resolver.close();
    ns1.close();
    ns2.close();
  }
}
