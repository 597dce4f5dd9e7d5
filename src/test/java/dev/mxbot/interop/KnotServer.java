package dev.mxbot.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * One knotd serving a few zones on its own loopback address, port 53. Everything it writes (config,
 * zone files, KASP copy, journal, control socket, pid file, log) lives in its own directory. Zones
 * given a policy are signed by knotd at load time with the keys made by {@link DnssecKeys}.
 */
final class KnotServer implements AutoCloseable {

  private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(10);

  private final String name;
  private final String address;
  private final Path dir;
  private final Path config;
  private final DaemonProcess process;

  private KnotServer(String name, String address, Path dir, Path config, DaemonProcess process) {
    this.name = name;
    this.address = address;
    this.dir = dir;
    this.config = config;
    this.process = process;
  }

  /**
   * Writes the configuration and the zone files, then starts knotd in the foreground. Returns at
   * once: call {@link #awaitServing} before asking it anything.
   *
   * @param zones master files by zone name (no trailing dot; {@code "."} for the root)
   * @param policies the {@link DnssecKeys} signing policy of each zone knotd signs
   * @param kasp the KASP database to copy when something is signed
   */
  static KnotServer start(
      String name,
      String address,
      Path dir,
      Map<String, String> zones,
      Map<String, String> policies,
      Path kasp) {
    try {
      Files.createDirectories(dir.resolve("zones"));
      Files.createDirectories(dir.resolve("run"));
      Files.createDirectories(dir.resolve("db"));
      StringBuilder zoneSection = new StringBuilder("zone:\n");
      for (Map.Entry<String, String> zone : zones.entrySet()) {
        Path file = zoneFile(dir, zone.getKey());
        Files.writeString(file, zone.getValue());
        zoneSection
            .append("  - domain: \"")
            .append(absolute(zone.getKey()))
            .append("\"\n    file: \"")
            .append(file)
            .append("\"\n");
        String policy = policies.get(zone.getKey());
        if (policy != null) {
          zoneSection
              .append("    dnssec-signing: on\n    dnssec-policy: ")
              .append(policy)
              .append("\n");
        }
      }
      if (zones.keySet().stream().anyMatch(policies::containsKey)) {
        copyTree(kasp, dir.resolve("kasp"));
      }
      Path config = dir.resolve("knot.conf");
      Files.writeString(config, config(address, dir) + zoneSection);
      DaemonProcess process =
          DaemonProcess.start(
              "knotd " + name,
              dir.resolve("knotd.log"),
              List.of(Commands.require("knotd"), "-c", config.toString()));
      return new KnotServer(name, address, dir, config, process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String config(String address, Path dir) {
    return """
        server:
          listen: %s@%d
          rundir: "%s"
          pidfile: "%s"
          udp-workers: 1
          tcp-workers: 1
          background-workers: 1
        control:
          listen: "%s"
        database:
          storage: "%s"
          kasp-db: "%s"
        log:
          - target: stdout
            any: info
        %s
        template:
          - id: default
            zonefile-sync: -1
            zonefile-load: whole
            journal-content: none
            semantic-checks: on
        """
        .formatted(
            address,
            Loopback.PORT,
            dir.resolve("run"),
            dir.resolve("run/knot.pid"),
            dir.resolve("run/knot.sock"),
            dir.resolve("db"),
            dir.resolve("kasp"),
            DnssecKeys.POLICY);
  }

  String name() {
    return name;
  }

  InetSocketAddress socketAddress() {
    return new InetSocketAddress(address, Loopback.PORT);
  }

  /** Waits until knotd answers authoritatively for {@code zone} with at least {@code serial}. */
  void awaitServing(String zone, long serial, Duration timeout) {
    DnsProbe probe = DnsProbe.authoritative(socketAddress());
    long end = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "knotd " + name + " exited while loading " + zone + ":\n" + process.logTail());
      }
      try {
        Message reply = probe.ask(absolute(zone), Type.SOA);
        List<String> soa = DnsProbe.rdata(reply, Type.SOA);
        if (reply.getHeader().getFlag(Flags.AA)
            && !soa.isEmpty()
            && Long.parseLong(soa.get(0).split(" ")[2]) >= serial) {
          return;
        }
        last = Rcode.string(reply.getRcode()) + " " + soa;
      } catch (IOException e) {
        last = e.toString();
      }
      sleep(25);
    }
    throw new IllegalStateException(
        "knotd "
            + name
            + " did not serve "
            + zone
            + " serial "
            + serial
            + " in time ("
            + last
            + "):\n"
            + process.logTail());
  }

  /** Replaces a zone's master file and has knotd reload it ({@code knotc zone-reload}). */
  void replace(String zone, String text) {
    try {
      Files.writeString(zoneFile(dir, zone), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Commands.run(
        TOOL_TIMEOUT,
        Commands.require("knotc"),
        "-c",
        config.toString(),
        "-b",
        "zone-reload",
        absolute(zone));
  }

  @Override
  public void close() {
    process.close();
  }

  private static Path zoneFile(Path dir, String zone) {
    return dir.resolve("zones").resolve(zone.equals(".") ? "root.zone" : zone + ".zone");
  }

  static String absolute(String zone) {
    return zone.equals(".") ? "." : zone + ".";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
