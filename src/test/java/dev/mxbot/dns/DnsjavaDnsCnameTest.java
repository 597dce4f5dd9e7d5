package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServer.Query;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("When the name asked is an alias")
class DnsjavaDnsCnameTest {

  private ZoneServer server;
  private DnsjavaDns dns;

  @BeforeEach
  void start() throws Exception {
    server = TestZones.server().start();
    dns = new DnsjavaDns(DnsSettings.using(List.of(server.socketAddress())));
  }

  @AfterEach
  void stop() {
    dns.close();
    server.close();
  }

  private DnsAnswer resolve(String name, RecordType type) {
    return dns.resolve(name, type, inSeconds(5)).join();
  }

  @Test
  @DisplayName("a chain of aliases in one answer is followed, and each alias reported")
  void chainInOneAnswer() {
    DnsAnswer answer = resolve("www.example.test", RecordType.A);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.aliases()).containsExactly("web.example.test.", "host.example.test.");
    assertThat(answer.records()).extracting(DnsRecord::owner).containsExactly("host.example.test.");
    assertThat(answer.records()).extracting(DnsRecord::data).containsExactly("127.0.0.12");
    assertThat(server.queries()).hasSize(1);
  }

  @Test
  @DisplayName("an alias pointing into another zone is chased with a second question")
  void outOfZoneTarget() {
    DnsAnswer answer = resolve("away.example.test", RecordType.A);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.aliases()).containsExactly("mail.other.test.");
    assertThat(answer.records()).extracting(DnsRecord::data).containsExactly("127.0.0.20");
    assertThat(server.queries())
        .extracting(Query::name)
        .containsExactly("away.example.test.", "mail.other.test.");
  }

  @Test
  @DisplayName("an alias to a name that does not exist is NXDOMAIN, with the alias kept")
  void aliasToNowhere() {
    DnsAnswer answer = resolve("gone.example.test", RecordType.MX);

    assertThat(answer.status()).isEqualTo(Status.NXDOMAIN);
    assertThat(answer.aliases()).containsExactly("missing.other.test.");
  }

  @Test
  @DisplayName("asking for the CNAME itself returns it without following it")
  void cnameAsked() {
    DnsAnswer answer = resolve("www.example.test", RecordType.CNAME);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.aliases()).isEmpty();
    assertThat(answer.records()).extracting(DnsRecord::data).containsExactly("web.example.test.");
  }

  @Test
  @DisplayName("aliases pointing at each other in one zone are a failure, not a hang")
  void loopInOneZone() {
    assertThat(resolve("loop1.example.test", RecordType.A).status()).isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName("aliases looping across two zones fail without asking the same question twice")
  void loopAcrossZones() {
    DnsAnswer answer = resolve("across.example.test", RecordType.MX);

    assertThat(answer.status()).isEqualTo(Status.FAILED);
    assertThat(server.queries()).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("a chain of 8 aliases is followed to its address")
  void eightAliases() {
    DnsAnswer answer = resolve("eight.chain.test", RecordType.A);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.aliases()).hasSize(Dns.MAX_ALIASES).endsWith("end.chain.test.");
    assertThat(answer.records()).extracting(DnsRecord::data).containsExactly("127.0.0.30");
  }

  @Test
  @DisplayName("a chain of 9 aliases is longer than mxbot follows: a failure, like a loop")
  void nineAliases() {
    assertThat(resolve("nine.chain.test", RecordType.A).status()).isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName("an alias to itself is a failure, and its CNAME question returns it unfollowed")
  void aliasToItself() {
    assertThat(resolve("self.chain.test", RecordType.TXT).status()).isEqualTo(Status.FAILED);

    DnsAnswer cname = resolve("self.chain.test", RecordType.CNAME);
    assertThat(cname.status()).isEqualTo(Status.OK);
    assertThat(cname.records()).extracting(DnsRecord::data).containsExactly("self.chain.test.");
  }

  @Test
  @DisplayName("the CNAME question of a name without an alias is NODATA, never its address")
  void cnameOfAnAddress() {
    DnsAnswer answer = resolve("host.example.test", RecordType.CNAME);

    assertThat(answer.status()).isEqualTo(Status.NODATA);
    assertThat(answer.records()).isEmpty();
  }
}
