package dev.mxbot.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Checks the mini internet itself, without mxbot: each scenario zone is asked directly, of Unbound
 * and of the authoritative servers (like {@code kdig}), and must look the way the mxbot scenarios
 * of {@code InteropTest} expect.
 */
@Tag("interop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The mini internet (Knot + Unbound on loopback)")
class MiniInternetTest {

  private MiniInternet world;

  @BeforeAll
  void start() {
    assumeTrue(
        MiniInternet.unavailableReason().isEmpty(), () -> MiniInternet.unavailableReason().get());
    world = MiniInternet.start();
  }

  @AfterAll
  void stop() {
    if (world != null) {
      world.close();
    }
  }

  private DnsProbe resolver() {
    return DnsProbe.recursive(world.resolver());
  }

  private static DnsProbe server(String address) {
    return DnsProbe.authoritative(MiniInternet.at(address));
  }

  private static String rcode(Message reply) {
    return Rcode.string(reply.getRcode());
  }

  private static long serial(Message reply) {
    return Long.parseLong(DnsProbe.rdata(reply, Type.SOA).get(0).split(" ")[2]);
  }

  @Test
  @DisplayName("the fake root validates against the trust anchor")
  void rootValidates() throws IOException {
    Message reply = resolver().ask(".", Type.SOA);

    assertThat(rcode(reply)).isEqualTo("NOERROR");
    assertThat(reply.getHeader().getFlag(Flags.AD)).as("AD").isTrue();
  }

  @Test
  @DisplayName("the healthy zone is signed and validates: Unbound sets AD")
  void healthyValidates() throws IOException {
    Message reply = resolver().ask(Domains.HEALTHY, Type.MX);

    assertThat(rcode(reply)).isEqualTo("NOERROR");
    assertThat(reply.getHeader().getFlag(Flags.AD)).as("AD").isTrue();
    assertThat(DnsProbe.rdata(reply, Type.MX)).hasSize(5);
    List<String> keys109 =
        DnsProbe.rdata(server(Loopback.DNS109).ask(Domains.HEALTHY, Type.DNSKEY), Type.DNSKEY);
    List<String> keysNs109 =
        DnsProbe.rdata(server(Loopback.NS109).ask(Domains.HEALTHY, Type.DNSKEY), Type.DNSKEY);
    assertThat(keys109).hasSize(1).isEqualTo(keysNs109);
  }

  @Test
  @DisplayName("the zone whose DS does not match is bogus: SERVFAIL, and NOERROR with CD")
  void bogusFailsValidation() throws IOException {
    Message reply = resolver().ask(Domains.BOGUS, Type.MX);
    Message unchecked = resolver().withCheckingDisabled().ask(Domains.BOGUS, Type.MX);

    assertThat(rcode(reply)).isEqualTo("SERVFAIL");
    assertThat(rcode(unchecked)).isEqualTo("NOERROR");
    assertThat(unchecked.getHeader().getFlag(Flags.AD)).as("AD").isFalse();
    assertThat(DnsProbe.rdata(unchecked, Type.MX)).hasSize(5);
    assertThat(DnsProbe.rdata(server(Loopback.DNS109).ask(Domains.BOGUS, Type.DNSKEY), Type.DNSKEY))
        .hasSize(1);
  }

  @Test
  @DisplayName("the unsigned zone resolves without AD, its delegation proven insecure")
  void unsignedIsInsecure() throws IOException {
    Message reply = resolver().ask(Domains.UNSIGNED, Type.MX);
    Message ds = resolver().ask(Domains.UNSIGNED, Type.DS);
    Message keys = server(Loopback.DNS109).ask(Domains.UNSIGNED, Type.DNSKEY);

    assertThat(rcode(reply)).isEqualTo("NOERROR");
    assertThat(reply.getHeader().getFlag(Flags.AD)).as("AD").isFalse();
    assertThat(DnsProbe.rdata(reply, Type.MX)).hasSize(5);
    assertThat(rcode(ds)).isEqualTo("NOERROR");
    assertThat(DnsProbe.rdata(ds, Type.DS)).isEmpty();
    assertThat(ds.getHeader().getFlag(Flags.AD)).as("AD on the proof of no DS").isTrue();
    assertThat(DnsProbe.rdata(keys, Type.DNSKEY)).isEmpty();
  }

  @Test
  @DisplayName("the lame zone: dns109 answers authoritatively, ns109 refuses")
  void lameServerRefuses() throws IOException {
    Message good = server(Loopback.DNS109).ask(Domains.LAME, Type.SOA);
    Message lame = server(Loopback.NS109).ask(Domains.LAME, Type.SOA);
    Message delegation = server(Loopback.TLD_IT).ask(Domains.LAME, Type.NS);

    assertThat(rcode(good)).isEqualTo("NOERROR");
    assertThat(good.getHeader().getFlag(Flags.AA)).isTrue();
    assertThat(rcode(lame)).isEqualTo("REFUSED");
    assertThat(nsNames(delegation, Section.AUTHORITY))
        .containsExactlyInAnyOrder("dns109.ovh.net.", "ns109.ovh.net.");
    assertThat(rcode(resolver().ask(Domains.LAME, Type.MX))).isEqualTo("NOERROR");
  }

  @Test
  @DisplayName("the serial-mismatch zone: dns109 and ns109 serve different serials and MX")
  void serialsDiffer() throws IOException {
    DnsProbe dns109 = server(Loopback.DNS109);
    DnsProbe ns109 = server(Loopback.NS109);

    assertThat(serial(dns109.ask(Domains.SERIAL_MISMATCH, Type.SOA)))
        .isNotEqualTo(serial(ns109.ask(Domains.SERIAL_MISMATCH, Type.SOA)));
    assertThat(DnsProbe.rdata(dns109.ask(Domains.SERIAL_MISMATCH, Type.MX), Type.MX))
        .hasSize(5)
        .isNotEqualTo(DnsProbe.rdata(ns109.ask(Domains.SERIAL_MISMATCH, Type.MX), Type.MX));
  }

  @Test
  @DisplayName("the NS-mismatch zone: it. delegates to dns109+ns109, the zone says dns109+sdns2")
  void parentAndChildNsDiffer() throws IOException {
    Message parent = server(Loopback.TLD_IT).ask(Domains.NS_MISMATCH, Type.NS);
    Message child = server(Loopback.DNS109).ask(Domains.NS_MISMATCH, Type.NS);

    assertThat(parent.getHeader().getFlag(Flags.AA)).as("referral").isFalse();
    assertThat(nsNames(parent, Section.AUTHORITY))
        .containsExactlyInAnyOrder("dns109.ovh.net.", "ns109.ovh.net.");
    assertThat(nsNames(child, Section.ANSWER))
        .containsExactlyInAnyOrder("dns109.ovh.net.", "sdns2.ovh.net.");
    for (String address : List.of(Loopback.NS109, Loopback.SDNS2)) {
      Message reply = server(address).ask(Domains.NS_MISMATCH, Type.SOA);
      assertThat(reply.getHeader().getFlag(Flags.AA)).as(address).isTrue();
    }
  }

  @Test
  @DisplayName("the SPF of spf-lookups.it needs 11 DNS lookups, three levels deep")
  void spfNeedsElevenLookups() throws IOException {
    assertThat(new SpfCount(resolver()).lookups(Domains.SPF_LOOKUPS)).isEqualTo(11);
  }

  @Test
  @DisplayName("the 5 KB TXT set is truncated over UDP and complete over TCP")
  void bigTxtNeedsTcp() throws IOException {
    Message udp = resolver().ask(Domains.BIG_TXT, Type.TXT);
    Message authoritativeUdp = server(Loopback.DNS109).ask(Domains.BIG_TXT, Type.TXT);
    Message full = resolver().askFully(Domains.BIG_TXT, Type.TXT);

    assertThat(udp.getHeader().getFlag(Flags.TC)).as("TC from Unbound over UDP").isTrue();
    assertThat(authoritativeUdp.getHeader().getFlag(Flags.TC)).as("TC from Knot").isTrue();
    assertThat(rcode(full)).isEqualTo("NOERROR");
    List<String> txt = DnsProbe.rdata(full, Type.TXT);
    assertThat(txt).hasSize(41).contains("\"" + "v=spf1 include:mx.ovh.com ~all" + "\"");
    assertThat(full.toWire().length).isGreaterThan(5000);
  }

  @Test
  @DisplayName("the pair-mismatch zone is served by ns109 and dns15")
  void pairMismatch() throws IOException {
    Message ns = resolver().ask(Domains.PAIR_MISMATCH, Type.NS);

    assertThat(nsNames(ns, Section.ANSWER))
        .containsExactlyInAnyOrder("ns109.ovh.net.", "dns15.ovh.net.");
    for (String address : List.of(Loopback.NS109, Loopback.DNS15)) {
      Message reply = server(address).ask(Domains.PAIR_MISMATCH, Type.SOA);
      assertThat(reply.getHeader().getFlag(Flags.AA)).as(address).isTrue();
    }
  }

  @Test
  @DisplayName("OVHcloud mail hosts resolve to public-looking addresses")
  void mailHostsArePublic() throws IOException {
    for (String host :
        List.of(
            "mx0.mail.ovh.net",
            "mx1.mail.ovh.net",
            "mx2.mail.ovh.net",
            "mx3.mail.ovh.net",
            "mx4.mail.ovh.net",
            "mailconfig.ovh.net",
            "ssl0.ovh.net")) {
      List<String> addresses = DnsProbe.rdata(resolver().ask(host, Type.A), Type.A);
      assertThat(addresses).as(host).isNotEmpty();
      for (String address : addresses) {
        InetAddress ip = InetAddress.getByName(address);
        assertThat(
                ip.isLoopbackAddress()
                    || ip.isSiteLocalAddress()
                    || ip.isLinkLocalAddress()
                    || address.startsWith("192.0.2.")
                    || address.startsWith("198.51.100.")
                    || address.startsWith("203.0.113."))
            .as(host + " " + address)
            .isFalse();
      }
    }
  }

  @Test
  @DisplayName(
      "after an MX change, Unbound serves the cached set while the servers have the new one")
  void propagationPending() throws IOException {
    List<String> before = DnsProbe.rdata(resolver().ask(Domains.PROPAGATION, Type.MX), Type.MX);

    world.changeMx(Domains.PROPAGATION, MiniInternet.OVH_2016_MX);

    Message cached = resolver().ask(Domains.PROPAGATION, Type.MX);
    assertThat(DnsProbe.rdata(cached, Type.MX)).hasSize(5).isEqualTo(before);
    long ttl = cached.getSection(Section.ANSWER).get(0).getTTL();
    assertThat(ttl).isBetween(3000L, 3600L);
    for (String address : List.of(Loopback.DNS109, Loopback.NS109)) {
      assertThat(DnsProbe.rdata(server(address).ask(Domains.PROPAGATION, Type.MX), Type.MX))
          .as(address)
          .containsExactlyInAnyOrder(
              "1 mx1.mail.ovh.net.", "5 mx2.mail.ovh.net.", "10 mx3.mail.ovh.net.");
    }
  }

  private static Set<String> nsNames(Message reply, int section) {
    return reply.getSection(section).stream()
        .filter(r -> r.getType() == Type.NS)
        .map(Record::rdataToString)
        .collect(Collectors.toSet());
  }
}
