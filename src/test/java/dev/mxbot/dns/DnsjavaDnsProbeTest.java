package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServer.Query;
import dev.mxbot.dns.server.ZoneServerBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Dns#probe}: one question over exactly one transport, no fallback, against in-process
 * servers built with transport quirks.
 */
@DisplayName("Asking a nameserver over one transport only (on 127.0.0.2)")
class DnsjavaDnsProbeTest {

  private ZoneServer server;
  private DnsjavaDns dns;

  private void start(UnaryOperator<ZoneServerBuilder> quirks) throws Exception {
    server = quirks.apply(TestZones.server().address("127.0.0.2")).start();
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

  private DnsAnswer probe(RecordType type, Dns.Transport transport) {
    return dns.probe(server.address(), "example.test", type, transport, inSeconds(5)).join();
  }

  @Test
  @DisplayName("a healthy server answers over each transport, each over the transport asked")
  void healthy() throws Exception {
    start(b -> b);

    for (Dns.Transport transport : Dns.Transport.values()) {
      DnsAnswer answer = probe(RecordType.SOA, transport);
      assertThat(answer.status()).as(transport.name()).isEqualTo(Status.OK);
      assertThat(answer.authoritative()).as(transport.name()).isTrue();
    }
    assertThat(server.queries())
        .extracting(Query::transport)
        .containsExactly(
            ZoneServer.Transport.UDP, ZoneServer.Transport.UDP, ZoneServer.Transport.TCP);
  }

  @Test
  @DisplayName("a truncated UDP answer is kept: not asked again over TCP")
  void noFallback() throws Exception {
    start(b -> b);
    server.inject("example.test", RecordType.MX, Fault.truncate());

    DnsAnswer answer = probe(RecordType.MX, Dns.Transport.UDP_EDNS);

    assertThat(answer.records()).isEmpty();
    assertThat(server.queries())
        .extracting(Query::transport)
        .containsOnly(ZoneServer.Transport.UDP);
  }

  @Test
  @DisplayName("a UDP-only server: TCP is UNREACHABLE, UDP answers")
  void udpOnly() throws Exception {
    start(ZoneServerBuilder::udpOnly);

    assertThat(probe(RecordType.SOA, Dns.Transport.TCP).status()).isEqualTo(Status.UNREACHABLE);
    assertThat(probe(RecordType.SOA, Dns.Transport.UDP_EDNS).status()).isEqualTo(Status.OK);
  }

  @Test
  @DisplayName("FORMERR to EDNS(0): FAILED with EDNS, OK without, OK over TCP (sent without EDNS)")
  void ednsFormerr() throws Exception {
    start(ZoneServerBuilder::ednsFormerr);

    assertThat(probe(RecordType.SOA, Dns.Transport.UDP_EDNS).status()).isEqualTo(Status.FAILED);
    assertThat(probe(RecordType.SOA, Dns.Transport.UDP_PLAIN).status()).isEqualTo(Status.OK);
    assertThat(probe(RecordType.SOA, Dns.Transport.TCP).status()).isEqualTo(Status.OK);
  }

  @Test
  @DisplayName("an answer larger than the size offered, without TC: FAILED; without EDNS: OK")
  void oversize() throws Exception {
    start(ZoneServerBuilder::oversizeUdp);

    assertThat(probe(RecordType.SOA, Dns.Transport.UDP_EDNS).status()).isEqualTo(Status.FAILED);
    assertThat(probe(RecordType.SOA, Dns.Transport.UDP_PLAIN).status()).isEqualTo(Status.OK);
  }
}
