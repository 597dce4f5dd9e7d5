package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServer.Query;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Asking a domain's own nameserver directly (on 127.0.0.2)")
class DnsjavaDnsAskTest {

  private ZoneServer server;
  private DnsjavaDns dns;
  private InetAddress nameserver;

  @BeforeEach
  void start() throws Exception {
    server = TestZones.server().address("127.0.0.2").start();
    nameserver = server.address();
    dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(server.socketAddress()))
                .withAuthoritativePort(server.port())
                .withPrivateAddressesAllowed(true));
  }

  @AfterEach
  void stop() {
    dns.close();
    server.close();
  }

  private DnsAnswer ask(String name, RecordType type) {
    return dns.ask(nameserver, name, type, inSeconds(5)).join();
  }

  @Test
  @DisplayName("the answer is authoritative and the question went without recursion desired")
  void authoritativeAnswer() {
    DnsAnswer answer = ask("example.test", RecordType.MX);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.authoritative()).isTrue();
    assertThat(answer.authenticated()).isFalse();
    assertThat(answer.server()).isEqualTo("127.0.0.2:" + server.port());
    assertThat(server.queries()).extracting(Query::recursionDesired).containsExactly(false);
  }

  @Test
  @DisplayName("a name below a delegation gets a referral: not authoritative, no records")
  void referral() {
    DnsAnswer answer = ask("www.child.example.test", RecordType.A);

    assertThat(answer.status()).isEqualTo(Status.NODATA);
    assertThat(answer.authoritative()).isFalse();
  }

  @Test
  @DisplayName("an alias is not chased to another zone: the answer stops at the alias")
  void noChase() {
    DnsAnswer answer = ask("away.example.test", RecordType.A);

    assertThat(answer.status()).isEqualTo(Status.NODATA);
    assertThat(answer.aliases()).containsExactly("mail.other.test.");
    assertThat(server.queries()).hasSize(1);
  }

  @Test
  @DisplayName("an alias inside the zone comes with its target's records in the same answer")
  void chainInOneAnswer() {
    DnsAnswer answer = ask("www.example.test", RecordType.A);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.aliases()).containsExactly("web.example.test.", "host.example.test.");
    assertThat(answer.authoritative()).isTrue();
    assertThat(server.queries()).hasSize(1);
  }

  @Test
  @DisplayName("a truncated answer from the nameserver is fetched again over TCP")
  void truncated() {
    server.inject("example.test", RecordType.MX, Fault.truncate());

    DnsAnswer answer = ask("example.test", RecordType.MX);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(server.queries())
        .extracting(Query::transport)
        .containsExactly(ZoneServer.Transport.UDP, ZoneServer.Transport.TCP);
  }

  @Test
  @DisplayName("a zone the server does not serve is REFUSED")
  void notServed() {
    assertThat(ask("example.org", RecordType.NS).status()).isEqualTo(Status.REFUSED);
  }

  @Test
  @DisplayName("a resolve goes out with recursion desired")
  void resolveSetsRd() throws Exception {
    try (DnsjavaDns resolving =
        new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())))) {
      resolving.resolve("example.test", RecordType.NS, inSeconds(5)).join();
    }

    assertThat(server.queries()).extracting(Query::recursionDesired).containsExactly(true);
  }
}
