package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServer.Query;
import dev.mxbot.dns.server.ZoneServer.Transport;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("When a resolver is slow, dead, in trouble or its answer too big")
class DnsjavaDnsResilienceTest {

  private static final Duration QUERY_TIMEOUT = Duration.ofMillis(300);

  private ZoneServer server;
  private ZoneServer second;
  private DatagramSocket silent;

  @BeforeEach
  void start() throws Exception {
    server = TestZones.server().start();
    second = TestZones.server().start();
    silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  @AfterEach
  void stop() {
    silent.close();
    second.close();
    server.close();
  }

  private DnsjavaDns dnsUsing(InetSocketAddress... resolvers) {
    return new DnsjavaDns(DnsSettings.using(List.of(resolvers)).withQueryTimeout(QUERY_TIMEOUT));
  }

  private InetSocketAddress silentResolver() {
    return (InetSocketAddress) silent.getLocalSocketAddress();
  }

  @Test
  @Timeout(60)
  @DisplayName("a resolver that never answers gives TIMEOUT at the deadline, naming no server")
  void silentResolverTimesOut() {
    try (DnsjavaDns dns = dnsUsing(silentResolver())) {
      Instant deadline = Instant.now().plusSeconds(1);

      // The resolver never answers: an answer at all is the deadline's doing.
      DnsAnswer answer = dns.resolve("example.test", RecordType.MX, deadline).join();

      assertThat(answer.status()).isEqualTo(Status.TIMEOUT);
      assertThat(answer.server()).isNull();
    }
  }

  @Test
  @DisplayName("a question asked after its deadline is a TIMEOUT at once, without a query")
  void pastDeadline() {
    try (DnsjavaDns dns = dnsUsing(server.socketAddress())) {
      DnsAnswer answer =
          dns.resolve("example.test", RecordType.MX, Instant.now().minusSeconds(1)).join();

      assertThat(answer.status()).isEqualTo(Status.TIMEOUT);
      assertThat(server.queries()).isEmpty();
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("a dropped query with a long per-query timeout still ends at the deadline")
  void droppedQueryEndsAtDeadline() {
    server.inject("example.test", RecordType.MX, Fault.drop());
    try (DnsjavaDns dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(server.socketAddress()))
                .withQueryTimeout(Duration.ofMinutes(10)))) {
      Instant deadline = Instant.now().plusMillis(500);

      // The query is dropped and its own timeout is far beyond the test's timeout: an answer at
      // all is the deadline's doing.
      DnsAnswer answer = dns.resolve("example.test", RecordType.MX, deadline).join();

      assertThat(answer.status()).isEqualTo(Status.TIMEOUT);
    }
  }

  @Test
  @DisplayName("when the first resolver is dead, the second one answers")
  void failoverAfterTimeout() {
    try (DnsjavaDns dns = dnsUsing(silentResolver(), server.socketAddress())) {
      DnsAnswer answer = dns.resolve("example.test", RecordType.MX, inSeconds(3)).join();

      assertThat(answer.status()).isEqualTo(Status.OK);
      assertThat(answer.server()).isEqualTo("127.0.0.1:" + server.port());
    }
  }

  @Test
  @DisplayName("when the first resolver answers SERVFAIL or REFUSED, the next one is asked")
  void failoverAfterServfailAndRefused() {
    server.inject("example.test", RecordType.MX, Fault.servfail());
    second.inject("example.test", RecordType.MX, Fault.refused());
    try (DnsjavaDns dns =
        dnsUsing(server.socketAddress(), second.socketAddress(), server.socketAddress())) {
      DnsAnswer allFailing = dns.resolve("example.test", RecordType.MX, inSeconds(3)).join();
      second.clearFaults();
      DnsAnswer secondHelps = dns.resolve("example.test", RecordType.MX, inSeconds(3)).join();

      assertThat(allFailing.status()).isEqualTo(Status.SERVFAIL);
      assertThat(secondHelps.status()).isEqualTo(Status.OK);
      assertThat(secondHelps.server()).isEqualTo("127.0.0.1:" + second.port());
      assertThat(server.queries()).hasSize(3);
      assertThat(second.queries()).hasSize(2);
    }
  }

  @Test
  @DisplayName("a slow answer within the timeout is waited for")
  void slowAnswer() {
    server.inject("example.test", RecordType.MX, Fault.delay(Duration.ofMillis(150)));
    try (DnsjavaDns dns = dnsUsing(server.socketAddress())) {
      assertThat(dns.resolve("example.test", RecordType.MX, inSeconds(3)).join().status())
          .isEqualTo(Status.OK);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("one slow name does not hold up the answers about other names")
  void slowNameDoesNotBlockOthers() {
    server.inject("example.test", RecordType.MX, Fault.delay(Duration.ofSeconds(30)));
    CompletableFuture<DnsAnswer> slow;
    try (DnsjavaDns dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(server.socketAddress()))
                .withQueryTimeout(Duration.ofSeconds(45)))) {
      slow = dns.resolve("example.test", RecordType.MX, inSeconds(50));
      List<DnsAnswer> quick =
          IntStream.range(0, 20)
              .mapToObj(i -> dns.resolve("host.example.test", RecordType.A, inSeconds(50)))
              .toList()
              .stream()
              .map(CompletableFuture::join)
              .toList();

      assertThat(quick).allMatch(DnsAnswer::isOk);
      assertThat(slow).as("the slow name, still waiting for its answer").isNotDone();
    }
    // Not waited for: closing the client ends it.
    assertThat(slow.join().status()).isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName("a truncated UDP answer is fetched again over TCP")
  void truncatedOverUdp() {
    server.inject("example.test", RecordType.MX, Fault.truncate());
    try (DnsjavaDns dns = dnsUsing(server.socketAddress())) {
      DnsAnswer answer = dns.resolve("example.test", RecordType.MX, inSeconds(3)).join();

      assertThat(answer.status()).isEqualTo(Status.OK);
      assertThat(answer.records()).hasSize(2);
      assertThat(server.queries())
          .extracting(Query::transport)
          .containsExactly(Transport.UDP, Transport.TCP);
    }
  }

  @Test
  @DisplayName("a 5 KB set of TXT records arrives whole")
  void largeTxtSet() {
    try (DnsjavaDns dns = dnsUsing(server.socketAddress())) {
      DnsAnswer answer = dns.resolve("big.example.test", RecordType.TXT, inSeconds(3)).join();

      assertThat(answer.status()).isEqualTo(Status.OK);
      assertThat(answer.records()).hasSize(40);
      assertThat(answer.records().stream().mapToInt(r -> r.data().length()).sum())
          .isEqualTo(40 * 130);
      assertThat(server.queries()).extracting(Query::transport).contains(Transport.TCP);
    }
  }

  @Test
  @DisplayName("closing the DNS client ends the questions still waiting with FAILED")
  void closeEndsPendingQuestions() {
    DnsjavaDns dns = dnsUsing(silentResolver());
    var pending = dns.resolve("example.test", RecordType.MX, inSeconds(5));

    dns.close();

    assertThat(pending.join().status()).isEqualTo(Status.FAILED);
    assertThat(dns.resolve("example.test", RecordType.MX, inSeconds(5)).join().status())
        .isEqualTo(Status.FAILED);
  }
}
