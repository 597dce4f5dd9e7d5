package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.RecordType;
import dev.mxbot.testing.MatrixWorld;
import dev.mxbot.testing.MatrixZones.Customer;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * mxbot is not a probe into private networks: a zone whose nameservers have loopback addresses
 * (here, the test's own nameservers on 127.0.0.32 and .33) is reported, and those servers receive
 * not one question; the resolver the operator chose (127.0.0.31) is still asked.
 */
@DisplayName("/mx never contacts private addresses found in a zone")
class PrivateAddressesTest {

  private static MatrixWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = new MatrixWorld(List.of(new Customer("private-ns.it")));
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  @Test
  @Timeout(60)
  @DisplayName(
      "nameservers with only loopback addresses: NS_ADDRESS_PRIVATE for each, and not one"
          + " question reaches them")
  void loopbackNameserversNotContacted() {
    world.ns1.resetLog();
    world.ns2.resetLog();
    world.resolver.resetLog();

    Report report = MatrixWorld.diagnose(world.strictApp, "private-ns.it");

    assertThat(report.findings())
        .filteredOn(f -> f.code() == FindingCode.NS_ADDRESS_PRIVATE)
        .extracting(f -> f.param("nameserver"))
        .containsExactlyInAnyOrder("ns1.matrix.it", "ns2.matrix.it");
    assertThat(
            report.findings().stream()
                .filter(f -> f.code() == FindingCode.NS_ADDRESS_PRIVATE)
                .map(Finding::params)
                .toList())
        .anySatisfy(p -> assertThat(p.get("addresses")).isEqualTo("127.0.0.32"));
    assertThat(world.ns1.queries()).as("questions to 127.0.0.32").isEmpty();
    assertThat(world.ns2.queries()).as("questions to 127.0.0.33").isEmpty();
    assertThat(world.resolver.queries()).as("the operator's resolver").isNotEmpty();
    assertThat(report.findings())
        .extracting(Finding::code)
        .contains(FindingCode.SPF_VALID, FindingCode.MX_HOME_CURRENT)
        .doesNotContain(FindingCode.NS_LAME);
  }

  @Test
  @Timeout(60)
  @DisplayName("the same zone in a lab that allows private addresses is asked as usual")
  void allowedInLabs() {
    world.ns1.resetLog();

    Report report = MatrixWorld.diagnose(world.app, "private-ns.it");

    assertThat(report.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.NS_ADDRESS_PRIVATE);
    assertThat(world.ns1.queries()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "169.254.169.254",
        "10.0.0.53",
        "192.168.1.1",
        "100.64.0.1",
        "fd00::53",
        "fe80::1",
        "::ffff:10.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:a00:1::1",
        "2001:0:a00:1::1"
      })
  @DisplayName("the DNS client itself refuses to send to a special-purpose address it learned")
  void clientRefuses(String literal) throws Exception {
    try (DnsjavaDns dns = new DnsjavaDns(DnsSettings.using(List.of()))) {
      InetAddress address = InetAddress.getByName(literal);

      CompletableFuture<DnsAnswer> answer =
          dns.ask(address, "example.it.", RecordType.SOA, Instant.now().plusSeconds(30));

      assertThat(dns.mayAsk(address)).isFalse();
      assertThat(answer).as("answered without a round trip").isDone();
      assertThat(answer.join().status()).isEqualTo(DnsAnswer.Status.FAILED);
    }
  }
}
