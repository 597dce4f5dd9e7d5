package dev.mxbot.dns.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.TestZones;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

@DisplayName("The in-process test nameserver")
class ZoneServerTest {

  private ZoneServer server;

  @BeforeEach
  void start() throws Exception {
    server = TestZones.server().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Message send(String name, int type, boolean tcp) throws Exception {
    SimpleResolver resolver = new SimpleResolver(server.socketAddress());
    resolver.setTCP(tcp);
    resolver.setTimeout(Duration.ofSeconds(2));
    return resolver.send(
        Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
  }

  @Test
  @DisplayName("a referral carries the child's NS in authority and their glue, without AA")
  void referral() throws Exception {
    Message response = send("www.child.example.test.", Type.A, false);

    assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(response.getHeader().getFlag(Flags.AA)).isFalse();
    assertThat(response.getSection(Section.AUTHORITY))
        .extracting(r -> r.rdataToString())
        .containsExactly("ns.child.example.test.");
    assertThat(response.getSection(Section.ADDITIONAL))
        .filteredOn(r -> r.getType() == Type.A)
        .extracting(Record::rdataToString)
        .containsExactly("127.0.0.53");
  }

  @Test
  @DisplayName("a missing name is NXDOMAIN with the zone's SOA, echoing RD and never setting RA")
  void negativeAnswer() throws Exception {
    Message response = send("nope.example.test.", Type.MX, true);

    assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
    assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
    assertThat(response.getHeader().getFlag(Flags.RD)).isTrue();
    assertThat(response.getHeader().getFlag(Flags.RA)).isFalse();
    assertThat(response.getSection(Section.AUTHORITY))
        .extracting(Record::getType)
        .containsExactly(Type.SOA);
  }

  @Test
  @DisplayName("a query with EDNS gets EDNS back, advertising 1232 bytes")
  void edns() throws Exception {
    Message response = send("example.test.", Type.MX, false);

    assertThat(response.getOPT()).isNotNull();
    assertThat(response.getOPT().getPayloadSize()).isEqualTo(1232);
  }

  @Test
  @DisplayName("a query without EDNS gets a 512-byte answer at most, truncated when bigger")
  void plainUdpLimit() throws Exception {
    SimpleResolver resolver = new SimpleResolver(server.socketAddress());
    resolver.setEDNS(-1);
    resolver.setIgnoreTruncation(true);
    Message response =
        resolver.send(
            Message.newQuery(
                Record.newRecord(Name.fromString("big.example.test."), Type.TXT, DClass.IN)));

    assertThat(response.getHeader().getFlag(Flags.TC)).isTrue();
    assertThat(response.getSection(Section.ANSWER)).isEmpty();
    assertThat(response.getOPT()).isNull();
  }

  @Test
  @DisplayName("garbage on the UDP port does not stop it answering")
  void garbage() throws Exception {
    try (DatagramSocket socket = new DatagramSocket()) {
      byte[] junk = {1, 2, 3, 4, 5};
      socket.send(new DatagramPacket(junk, junk.length, server.socketAddress()));
    }

    assertThat(send("example.test.", Type.MX, false).getSection(Section.ANSWER)).hasSize(2);
  }

  @Test
  @DisplayName("a master file on disk is served, its origin from $ORIGIN")
  void masterFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("zone.db");
    Files.writeString(file, TestZones.OTHER);
    try (ZoneServer fromFile = ZoneServer.builder().zone(file).start()) {
      SimpleResolver resolver = new SimpleResolver(fromFile.socketAddress());
      Message response =
          resolver.send(
              Message.newQuery(
                  Record.newRecord(Name.fromString("mail.other.test."), Type.A, DClass.IN)));

      assertThat(response.getSection(Section.ANSWER))
          .extracting(Record::rdataToString)
          .containsExactly("127.0.0.20");
    }
  }

  @Test
  @DisplayName("a refused TCP connection is seen by the client as a failure")
  void tcpRefused() throws Exception {
    server.inject("example.test", RecordType.MX, Fault.tcpRefused());
    DnsjavaDns dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(server.socketAddress()))
                .withQueryTimeout(Duration.ofMillis(500)));
    try (dns) {
      DnsAnswer answer = dns.resolve("example.test", RecordType.MX, TestZones.inSeconds(3)).join();

      assertThat(answer.isUnanswered()).isTrue();
    }
  }
}
