package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Asking the resolver about a customer's domain")
class DnsjavaDnsAnswersTest {

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
  @DisplayName("the MX hosts come back with preference, lower-case absolute host and TTL")
  void mx() {
    DnsAnswer answer = resolve("example.test", RecordType.MX);

    assertThat(answer.status()).isEqualTo(Status.OK);
    assertThat(answer.name()).isEqualTo("example.test.");
    assertThat(answer.records())
        .extracting(DnsRecord::owner, DnsRecord::ttl, DnsRecord::asMx)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "example.test.", 3600L, new DnsRecord.Mx(10, "mx1.mail.example.test.")),
            org.assertj.core.groups.Tuple.tuple(
                "example.test.", 3600L, new DnsRecord.Mx(20, "mx2.mail.example.test.")));
    assertThat(answer.minTtl()).isEqualTo(3600);
    assertThat(answer.server()).isEqualTo("127.0.0.1:" + server.port());
    assertThat(answer.aliases()).isEmpty();
  }

  @Test
  @DisplayName("an SPF record split into several strings reads as one text")
  void txtStringsConcatenated() {
    DnsAnswer answer = resolve("example.test.", RecordType.TXT);

    assertThat(answer.records())
        .singleElement()
        .extracting(DnsRecord::data)
        .isEqualTo("v=spf1 include:_spf.example.test -all");
  }

  @Test
  @DisplayName("a DMARC record with escaped quotes reads unescaped")
  void txtUnescaped() {
    DnsAnswer answer = resolve("_dmarc.example.test", RecordType.TXT);

    assertThat(answer.records().get(0).data())
        .isEqualTo("v=DMARC1; p=reject; rua=mailto:\"d\"@example.test");
  }

  @Test
  @DisplayName("the IMAP SRV record gives priority, weight, port and target")
  void srv() {
    DnsAnswer answer = resolve("_imaps._tcp.example.test", RecordType.SRV);

    assertThat(answer.records().get(0).asSrv())
        .isEqualTo(new DnsRecord.Srv(0, 1, 993, "imap.example.test."));
    assertThat(answer.records().get(0).data()).isEqualTo("0 1 993 imap.example.test.");
  }

  @Test
  @DisplayName("the mail host's address arrives as an A record")
  void address() {
    DnsAnswer answer = resolve("MX1.mail.example.test", RecordType.A);

    assertThat(answer.records())
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.owner()).isEqualTo("mx1.mail.example.test.");
              assertThat(record.data()).isEqualTo("127.0.0.10");
              assertThat(record.ttl()).isEqualTo(300);
            });
  }

  @Test
  @DisplayName("a name without that record type is NODATA")
  void nodata() {
    assertThat(resolve("mx1.mail.example.test", RecordType.MX).status()).isEqualTo(Status.NODATA);
  }

  @Test
  @DisplayName("a name that does not exist is NXDOMAIN")
  void nxdomain() {
    DnsAnswer answer = resolve("nope.example.test", RecordType.MX);

    assertThat(answer.status()).isEqualTo(Status.NXDOMAIN);
    assertThat(answer.isNegative()).isTrue();
  }

  @Test
  @DisplayName("a resolver in trouble answering SERVFAIL is reported as SERVFAIL")
  void servfail() {
    server.inject("example.test", RecordType.MX, Fault.servfail());

    assertThat(resolve("example.test", RecordType.MX).status()).isEqualTo(Status.SERVFAIL);
    assertThat(resolve("example.test", RecordType.TXT).status()).isEqualTo(Status.OK);
  }

  @Test
  @DisplayName("a resolver that refuses is reported as REFUSED")
  void refusedInjected() {
    server.inject("example.test", null, Fault.refused());

    assertThat(resolve("example.test", RecordType.TXT).status()).isEqualTo(Status.REFUSED);
  }

  @Test
  @DisplayName("a server asked about a domain it does not serve answers REFUSED")
  void refusedOutsideZones() {
    assertThat(resolve("example.org", RecordType.MX).status()).isEqualTo(Status.REFUSED);
  }

  @Test
  @DisplayName("a name that is not a DNS name fails without a query")
  void badName() {
    assertThat(resolve("a..b", RecordType.MX).status()).isEqualTo(Status.FAILED);
    assertThat(server.queries()).isEmpty();
  }
}
