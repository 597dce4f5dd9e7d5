package dev.mxbot.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/**
 * {@code dns.maxInFlightPerServer}: a nameserver (and, in an audit, a resolver) never sees more
 * questions at once than the limit, and every question over it is still asked once a slot frees.
 */
@DisplayName("at most dns.maxInFlightPerServer questions in flight per server")
class InFlightPerServerTest {

  @Test
  @Timeout(60)
  @DisplayName("nine questions to a nameserver, limit three: it holds three at most, all answered")
  void nameserverLimit() throws Exception {
    try (BatchServer server = new BatchServer(3)) {
      DnsSettings settings =
          DnsSettings.using(List.of())
              .withQueryTimeout(Duration.ofSeconds(20))
              .withAuthoritativePort(server.address().getPort())
              .withPrivateAddressesAllowed(true)
              .withMaxInFlightPerServer(3);
      try (DnsjavaDns dns = new DnsjavaDns(settings)) {
        Instant deadline = Instant.now().plusSeconds(40);
        List<CompletableFuture<DnsAnswer>> answers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
          answers.add(
              dns.ask(
                  server.address().getAddress(), "q" + i + ".example.", RecordType.A, deadline));
        }
        for (CompletableFuture<DnsAnswer> answer : answers) {
          assertThat(answer.join().status()).isEqualTo(DnsAnswer.Status.NXDOMAIN);
        }
      }
      assertThat(server.mostHeld()).isEqualTo(3);
      assertThat(server.received()).isEqualTo(9);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("resolvers limited too (audit): nine questions, limit three, three held at most")
  void resolverLimitWhenAsked() throws Exception {
    try (BatchServer server = new BatchServer(3)) {
      DnsSettings settings =
          DnsSettings.using(List.of(server.address()))
              .withQueryTimeout(Duration.ofSeconds(20))
              .withMaxInFlightPerServer(3)
              .withResolversLimited(true);
      try (DnsjavaDns dns = new DnsjavaDns(settings)) {
        resolveNine(dns);
      }
      assertThat(server.mostHeld()).isEqualTo(3);
      assertThat(server.received()).isEqualTo(9);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("resolvers not limited otherwise: one diagnosis' fan-out is not held back")
  void resolversFreeByDefault() throws Exception {
    try (BatchServer server = new BatchServer(9)) {
      DnsSettings settings =
          DnsSettings.using(List.of(server.address()))
              .withQueryTimeout(Duration.ofSeconds(20))
              .withMaxInFlightPerServer(3);
      try (DnsjavaDns dns = new DnsjavaDns(settings)) {
        resolveNine(dns);
      }
      assertThat(server.mostHeld()).isEqualTo(9);
    }
  }

  private static void resolveNine(DnsjavaDns dns) {
    Instant deadline = Instant.now().plusSeconds(40);
    List<CompletableFuture<DnsAnswer>> answers = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      answers.add(dns.resolve("q" + i + ".example.", RecordType.A, deadline));
    }
    for (CompletableFuture<DnsAnswer> answer : answers) {
      assertThat(answer.join().status()).isEqualTo(DnsAnswer.Status.NXDOMAIN);
    }
  }

  @Test
  @DisplayName("the limit is a setting: at least one")
  void atLeastOne() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DnsSettings.defaults().withMaxInFlightPerServer(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DnsSettings.defaults().maxInFlightPerServer())
        .isEqualTo(DnsSettings.DEFAULT_MAX_IN_FLIGHT_PER_SERVER);
  }

  /**
   * A loopback UDP server that holds every question and answers them (NXDOMAIN) only once it holds
   * {@code batch} of them: a client over the limit would make it hold more; one under the limit
   * would never be answered.
   */
  private static final class BatchServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final int batch;
    private final List<DatagramPacket> held = new ArrayList<>();
    private final AtomicInteger received = new AtomicInteger();
    private int mostHeld;
    private final Thread thread;

    BatchServer(int batch) throws IOException {
      this.batch = batch;
      this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      this.thread = new Thread(this::serve, "batchdns");
      thread.setDaemon(true);
      thread.start();
    }

    InetSocketAddress address() {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    synchronized int mostHeld() {
      return mostHeld;
    }

    int received() {
      return received.get();
    }

    private void serve() {
      while (!socket.isClosed()) {
        try {
          DatagramPacket packet = new DatagramPacket(new byte[512], 512);
          socket.receive(packet);
          received.incrementAndGet();
          List<DatagramPacket> release = List.of();
          synchronized (this) {
            held.add(packet);
            mostHeld = Math.max(mostHeld, held.size());
            if (held.size() >= batch) {
              release = List.copyOf(held);
              held.clear();
            }
          }
          for (DatagramPacket query : release) {
            answer(query);
          }
        } catch (IOException e) {
          return;
        }
      }
    }

    private void answer(DatagramPacket packet) throws IOException {
      byte[] wire = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
      Message query = new Message(wire);
      Message response = new Message(query.getHeader().getID());
      response.getHeader().setFlag(Flags.QR);
      response.getHeader().setFlag(Flags.RA);
      response.getHeader().setRcode(Rcode.NXDOMAIN);
      response.addRecord(query.getQuestion(), Section.QUESTION);
      byte[] out = response.toWire();
      SocketAddress to = packet.getSocketAddress();
      socket.send(new DatagramPacket(out, out.length, to));
    }

    @Override
    public void close() {
      socket.close();
    }
  }
}
