package dev.mxbot.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * Unbound as the validating recursive resolver of the mini internet: root hints point at the fake
 * root, the trust anchor is the fake root's DS, and loopback servers may be queried. Runs in the
 * foreground, unprivileged features off (no chroot, no user switch), everything under its
 * directory.
 */
final class UnboundResolver implements AutoCloseable {

  private final DaemonProcess process;

  private UnboundResolver(DaemonProcess process) {
    this.process = process;
  }

  /** Writes the configuration and starts Unbound; returns when it answers for the root. */
  static UnboundResolver start(Path dir, List<String> rootDs, Duration timeout) {
    try {
      Files.createDirectories(dir);
      Path hints = dir.resolve("root.hints");
      Files.writeString(
          hints,
          ". 3600000 IN NS a.root-servers.net.\n"
              + "a.root-servers.net. 3600000 IN A "
              + Loopback.ROOT
              + "\n");
      Path anchor = dir.resolve("root.ds");
      Files.writeString(anchor, String.join("\n", rootDs) + "\n");
      Path config = dir.resolve("unbound.conf");
      Files.writeString(config, config(dir, hints, anchor));
      String unbound = Commands.require("unbound");
      Commands.run(Duration.ofSeconds(10), unbound + "-checkconf", config.toString());
      DaemonProcess process =
          DaemonProcess.start(
              "unbound",
              dir.resolve("unbound.out"),
              List.of(unbound, "-d", "-c", config.toString()));
      UnboundResolver resolver = new UnboundResolver(process);
      resolver.awaitAnswering(timeout, dir.resolve("unbound.log"));
      return resolver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String config(Path dir, Path hints, Path anchor) {
    return """
        server:
          interface: %s
          port: %d
          do-daemonize: no
          username: ""
          chroot: ""
          directory: "%s"
          pidfile: "%s"
          logfile: "%s"
          use-syslog: no
          verbosity: 1
          val-log-level: 2
          log-servfail: yes
          root-hints: "%s"
          trust-anchor-file: "%s"
          trust-anchor-signaling: no
          root-key-sentinel: no
          do-not-query-localhost: no
          access-control: 127.0.0.0/8 allow
          do-ip4: yes
          do-ip6: no
          do-udp: yes
          do-tcp: yes
          qname-minimisation: no
          num-threads: 1
          msg-cache-size: 4m
          rrset-cache-size: 4m
          key-cache-size: 1m
          neg-cache-size: 1m
          infra-cache-numhosts: 1000
          prefetch: no
          serve-expired: no
          module-config: "validator iterator"
        remote-control:
          control-enable: no
        """
        .formatted(
            Loopback.RESOLVER,
            Loopback.PORT,
            dir,
            dir.resolve("unbound.pid"),
            dir.resolve("unbound.log"),
            hints,
            anchor);
  }

  InetSocketAddress socketAddress() {
    return new InetSocketAddress(Loopback.RESOLVER, Loopback.PORT);
  }

  private void awaitAnswering(Duration timeout, Path log) {
    DnsProbe probe = DnsProbe.recursive(socketAddress());
    long end = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("unbound exited:\n" + process.logTail() + tail(log));
      }
      try {
        Message reply = probe.ask(".", Type.SOA);
        if (reply.getRcode() == Rcode.NOERROR) {
          return;
        }
        last = Rcode.string(reply.getRcode());
      } catch (IOException e) {
        last = e.toString();
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    throw new IllegalStateException(
        "unbound did not answer in time (" + last + "):\n" + process.logTail() + tail(log));
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
