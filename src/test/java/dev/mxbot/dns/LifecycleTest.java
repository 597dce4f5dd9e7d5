package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.NioClient;

@DisplayName("Starting and stopping the DNS pieces")
class LifecycleTest {

  private static List<String> zoneServerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("zoneserver-"))
        .toList();
  }

  private static void awaitNoZoneServerThreads() throws InterruptedException {
    // Hang guard only: threads normally end at once; a slow machine must not fail the test.
    Instant giveUp = Instant.now().plusSeconds(30);
    while (!zoneServerThreads().isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(20);
    }
  }

  @Test
  @DisplayName("closing the server and the client leaves no zoneserver threads behind")
  void noLeakedThreads() throws Exception {
    ZoneServer server = TestZones.server().start();
    server.inject("example.test", RecordType.TXT, Fault.delay(Duration.ofSeconds(30)));
    DnsjavaDns dns = new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())));
    assertThat(dns.resolve("example.test", RecordType.MX, inSeconds(5)).join().isOk()).isTrue();
    assertThat(dns.resolve("big.example.test", RecordType.TXT, inSeconds(5)).join().isOk())
        .isTrue();
    var pending = dns.resolve("example.test", RecordType.TXT, inSeconds(5));
    assertThat(zoneServerThreads()).isNotEmpty();

    dns.close();
    server.close();

    assertThat(pending.join().status()).isEqualTo(Status.FAILED);
    awaitNoZoneServerThreads();
    assertThat(zoneServerThreads()).isEmpty();
  }

  @Test
  @DisplayName("several clients and servers, one after another, each work")
  void oneAfterAnother() throws Exception {
    for (int i = 0; i < 3; i++) {
      try (ZoneServer server = TestZones.server().start();
          DnsjavaDns dns = new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())))) {
        assertThat(dns.resolve("example.test", RecordType.MX, inSeconds(5)).join().status())
            .isEqualTo(Status.OK);
      }
    }
  }

  @Test
  @DisplayName("dnsjava's I/O thread, once stopped with NioClient.close(), restarts on next use")
  void nioClientRestarts() throws Exception {
    try (ZoneServer server = TestZones.server().start()) {
      try (DnsjavaDns first = new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())))) {
        assertThat(first.resolve("example.test", RecordType.MX, inSeconds(5)).join().isOk())
            .isTrue();
      }

      NioClient.close();

      try (DnsjavaDns next = new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())))) {
        assertThat(next.resolve("example.test", RecordType.MX, inSeconds(5)).join().isOk())
            .isTrue();
        assertThat(next.resolve("big.example.test", RecordType.TXT, inSeconds(5)).join().isOk())
            .isTrue();
      }
    }
  }
}
