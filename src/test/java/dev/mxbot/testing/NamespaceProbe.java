package dev.mxbot.testing;

import dev.mxbot.checks.NamespacePrivateAddressesTest;
import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.server.ZoneServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The child JVM of {@link NamespacePrivateAddressesTest}, run inside a network namespace of its own
 * whose only interface, {@code lo}, also holds the special-purpose addresses of {@link #TARGETS}.
 * It counts, on port 53 of each, every UDP datagram and TCP connection ({@link CountingDnsRelay}),
 * serves the zones from an in-process server on 127.0.0.1:53 (the resolver the operator chose),
 * diagnoses {@value #DOMAIN} once with {@code dns.allowPrivateAddresses} as its argument says
 * ({@code strict} or {@code allowed}), and prints lines starting {@value #PREFIX} for the parent to
 * read. Never run outside a namespace: it binds port 53 and adds nothing to the host.
 */
public final class NamespaceProbe {

  /** The domain diagnosed: delegated to every nameserver of {@link #TARGETS}. */
  static final String DOMAIN = "netns-probe.it";

  /** The start of every line meant for the parent. */
  public static final String PREFIX = "probe ";

  /**
   * A nameserver of {@link #DOMAIN}: its host name under {@code nsnet.it}, its one address record
   * (type and data), the address a client would send to, on which a counter listens ({@code
   * counted} differs from {@code record} only for an IPv4-mapped AAAA record, which is its IPv4
   * address), and whether that address is special-purpose.
   */
  public record Target(String host, String type, String record, String counted, boolean special) {
    public boolean ipv6() {
      return counted.contains(":");
    }
  }

  /**
   * One nameserver per kind of special-purpose address, and one public address as the control: no
   * packet leaves the namespace, which has no interface but {@code lo}.
   */
  public static final List<Target> TARGETS =
      List.of(
          new Target("ns-rfc1918-a", "A", "10.1.2.3", "10.1.2.3", true),
          new Target("ns-rfc1918-b", "A", "172.16.5.5", "172.16.5.5", true),
          new Target("ns-rfc1918-c", "A", "192.168.7.7", "192.168.7.7", true),
          new Target("ns-metadata", "A", "169.254.169.254", "169.254.169.254", true),
          new Target("ns-cgnat", "A", "100.64.1.1", "100.64.1.1", true),
          new Target("ns-benchmark", "A", "198.18.0.1", "198.18.0.1", true),
          new Target("ns-documentation", "A", "192.0.2.10", "192.0.2.10", true),
          new Target("ns-mapped", "AAAA", "::ffff:10.1.2.4", "10.1.2.4", true),
          new Target("ns-ula", "AAAA", "fd00::53", "fd00::53", true),
          new Target("ns-documentation6", "AAAA", "2001:db8::53", "2001:db8::53", true),
          new Target("ns-nat64", "AAAA", "64:ff9b::a01:203", "64:ff9b::a01:203", true),
          new Target("ns-6to4", "AAAA", "2002:a01:203::1", "2002:a01:203::1", true),
          new Target("ns-teredo", "AAAA", "2001:0:a01:203::1", "2001:0:a01:203::1", true),
          new Target("ns-public", "A", "11.22.33.44", "11.22.33.44", false));

  private static final int PORT = 53;
  private static final Duration DEADLINE = Duration.ofSeconds(6);

  /** However the diagnosis goes, the child ends by then (the parent's own limit is longer). */
  private static final long WATCHDOG_MS = 90_000;

  private NamespaceProbe() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ChildWatchdog.start(out, PREFIX, WATCHDOG_MS, "namespace-probe-watchdog");
    boolean allowed = args.length == 1 && args[0].equals("allowed");
    try (ZoneServer resolver = resolver()) {
      Map<Target, CountingDnsRelay> counters = counters(resolver.socketAddress(), out);
      Report report = diagnose(resolver.socketAddress(), allowed);
      out.println(PREFIX + "resolver questions=" + resolver.queries().size());
      counters.forEach(
          (target, counter) ->
              out.println(
                  PREFIX
                      + "count "
                      + target.counted()
                      + " udp="
                      + counter.datagrams()
                      + " tcp="
                      + counter.connections()));
      for (Finding finding : report.findings()) {
        if (finding.code() == FindingCode.NS_ADDRESS_PRIVATE) {
          out.println(
              PREFIX
                  + "private "
                  + finding.param("nameserver")
                  + " "
                  + finding.params().get("addresses"));
        }
      }
      out.println(
          PREFIX
              + "findings "
              + report.findings().stream()
                  .map(f -> f.code().name())
                  .distinct()
                  .collect(Collectors.joining(",")));
      for (CountingDnsRelay counter : counters.values()) {
        counter.close();
      }
    }
    out.println(PREFIX + "done");
    System.exit(0);
  }

  /** A counter on port 53 of each target; an IPv6 one that cannot bind is named unavailable. */
  private static Map<Target, CountingDnsRelay> counters(InetSocketAddress upstream, PrintStream out)
      throws IOException {
    Map<Target, CountingDnsRelay> counters = new LinkedHashMap<>();
    for (Target target : TARGETS) {
      InetSocketAddress address =
          new InetSocketAddress(InetAddress.getByName(target.counted()), PORT);
      try {
        counters.put(target, CountingDnsRelay.start(address, upstream));
      } catch (IOException e) {
        if (!target.ipv6()) {
          throw e;
        }
        out.println(PREFIX + "unavailable " + target.counted() + " " + e);
      }
    }
    return counters;
  }

  private static ZoneServer resolver() throws Exception {
    MatrixZones.Customer customer =
        new MatrixZones.Customer(DOMAIN)
            .nameservers(
                TARGETS.stream()
                    .map(t -> "@ NS " + t.host() + ".nsnet.it.\n")
                    .collect(Collectors.joining()))
            // Over 4 KB of TXT at the apex: its answer is truncated over UDP and asked again over
            // TCP, so that TCP is tried too wherever questions are sent.
            .extra(MatrixZones.txt("@", "filler-".repeat(600)));
    String glue =
        TARGETS.stream()
            .map(t -> t.host() + ".nsnet " + t.type() + " " + t.record())
            .collect(Collectors.joining("\n"));
    String tld =
        """
        $ORIGIN it.
        $TTL 86400
        @ SOA a.dns.it. hostmaster.nic.it. 1 10800 3600 604800 3600
        @ NS a.dns.it.
        a.dns.it. A 127.0.0.1
        nsnet NS ns-public.nsnet.it.
        """
            + glue
            + "\n"
            + customer.delegation()
            + "\n";
    String nsnet =
        """
        $ORIGIN nsnet.it.
        $TTL 3600
        @ SOA ns-public.nsnet.it. hostmaster.nsnet.it. 1 3600 600 86400 300
        @ NS ns-public.nsnet.it.
        """
            + TARGETS.stream()
                .map(t -> t.host() + " " + t.type() + " " + t.record())
                .collect(Collectors.joining("\n"))
            + "\n";
    Path demoZones = DemoWorld.CONFIG.resolve("demo").resolve("zones");
    return ZoneServer.builder()
        .address("127.0.0.1")
        .port(PORT)
        .zone("it.", tld)
        .zone("nsnet.it.", nsnet)
        .zone(DOMAIN + ".", customer.masterFile())
        .zone(demoZones.resolve("ovh.net.zone"))
        .zone(demoZones.resolve("ovh.com.zone"))
        .start();
  }

  private static Report diagnose(InetSocketAddress resolver, boolean allowed) {
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    try (Bootstrap app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(resolver))
                    .withAuthoritativePort(PORT)
                    .withAllowPrivateAddresses(allowed)
                    .withDeadline(DEADLINE))) {
      return app.get(Diagnosis.class).diagnose(DOMAIN, DomainName.of(DOMAIN), CheckOptions.NONE);
    }
  }
}
