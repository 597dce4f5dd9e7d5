package dev.mxbot.dns.server;

import dev.mxbot.dns.DaemonThreads;
import dev.mxbot.dns.RecordType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.Name;
import org.xbill.DNS.Zone;

/**
 * An in-process authoritative DNS server on UDP and TCP (same port), serving master files, with
 * fault injection and a query log: for the demo and for tests. Thread safe: faults may be changed
 * and the log read while it answers. Its threads are daemons named {@code zoneserver-*}; {@link
 * #close()} stops them all.
 */
public final class ZoneServer implements AutoCloseable {

  /** How a query arrived. */
  public enum Transport {
    UDP,
    TCP
  }

  /**
   * One query the server received.
   *
   * @param name the absolute lower-case name asked
   * @param type the type asked, null when {@link RecordType} has no such type
   * @param transport UDP or TCP
   * @param recursionDesired the RD flag of the query
   * @param receivedNanos when the server read it, on the {@link System#nanoTime()} clock
   * @param dnssecOk the DO bit of the query's EDNS (a question for the RRSIGs too)
   */
  public record Query(
      String name,
      RecordType type,
      Transport transport,
      boolean recursionDesired,
      long receivedNanos,
      boolean dnssecOk) {}

  private static final int WORKER_THREADS = 4;

  private final InetAddress address;
  private final int requestedPort;
  private final FaultTable faults = new FaultTable();
  private final List<Query> log = Collections.synchronizedList(new ArrayList<>());
  private final ScheduledExecutorService workers;
  private final ExecutorService listeners;
  private final QueryHandler handler;
  private DatagramSocket udp;
  private ServerSocket tcp;
  private TcpListener tcpListener;

  private final Quirks quirks;

  ZoneServer(
      InetAddress address, int port, List<Zone> zones, Quirks quirks, Set<Name> authenticated) {
    this.address = address;
    this.quirks = quirks;
    this.requestedPort = port;
    this.workers =
        Executors.newScheduledThreadPool(WORKER_THREADS, new DaemonThreads("zoneserver-worker"));
    this.listeners = Executors.newCachedThreadPool(new DaemonThreads("zoneserver-io"));
    this.handler =
        new QueryHandler(
            new ZoneResponder(zones, authenticated), faults, quirks, log::add, workers);
  }

  /** A builder: address 127.0.0.1, an ephemeral port, no zones yet. */
  public static ZoneServerBuilder builder() {
    return new ZoneServerBuilder();
  }

  /** Binds UDP and TCP and starts answering. Returns this server. */
  public synchronized ZoneServer start() throws IOException {
    if (udp != null) {
      throw new IllegalStateException("already started");
    }
    ServerSockets sockets = ServerSockets.bind(address, requestedPort);
    udp = sockets.udp();
    tcp = sockets.tcp();
    listeners.execute(new UdpListener(udp, handler, workers));
    if (quirks.udpOnly()) {
      // Bound first so the port is chosen as for any server; closed so connections are refused.
      tcp.close();
    } else {
      tcpListener = new TcpListener(tcp, handler, listeners);
      listeners.execute(tcpListener);
    }
    return this;
  }

  public int port() {
    return socketAddress().getPort();
  }

  public InetAddress address() {
    return address;
  }

  public synchronized InetSocketAddress socketAddress() {
    if (udp == null) {
      throw new IllegalStateException("not started");
    }
    return new InetSocketAddress(address, udp.getLocalPort());
  }

  /** Misbehaves for {@code name} and {@code type} (null: every type) until {@link #clearFaults}. */
  public void inject(String name, RecordType type, Fault fault) {
    faults.inject(name, type, fault);
  }

  /** Delays every answer by {@code delay} (on top of a per-name delay). */
  public void delayAll(Duration delay) {
    faults.delayAll(delay);
  }

  /** Removes every fault and the server-wide delay. */
  public void clearFaults() {
    faults.clear();
  }

  /** The queries received so far, oldest first. */
  public List<Query> queries() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  public void resetLog() {
    log.clear();
  }

  /** Closes the sockets and stops every thread; pending delayed answers are dropped. */
  @Override
  public synchronized void close() {
    if (udp != null) {
      udp.close();
    }
    try {
      if (tcp != null) {
        tcp.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tcpListener != null) {
        tcpListener.closeAll();
      }
      workers.shutdownNow();
      listeners.shutdownNow();
      awaitQuietly(workers);
      awaitQuietly(listeners);
    }
  }

  private static void awaitQuietly(ExecutorService executor) {
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
