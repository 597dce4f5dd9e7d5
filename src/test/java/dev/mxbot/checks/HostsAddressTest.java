package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Record data and host names read as addresses only when they are IP literals, and never looked up
 * on the way: a zone's MX host {@code mx:25.example.it.} used to reach the system's resolver
 * through {@code InetAddress.getByName}.
 */
@DisplayName("an address in DNS data is read as a literal, never looked up")
class HostsAddressTest {

  @Test
  @DisplayName("A and AAAA data, and an MX host written as an IPv4 address with its dot")
  void literals() throws Exception {
    assertThat(Hosts.address("192.0.2.1")).contains(InetAddress.getByName("192.0.2.1"));
    assertThat(Hosts.address("192.0.2.1.")).contains(InetAddress.getByName("192.0.2.1"));
    assertThat(Hosts.address("2001:db8::53")).contains(InetAddress.getByName("2001:db8::53"));
  }

  @Test
  @DisplayName("an IPv4-mapped IPv6 address is its IPv4 address, as the private-address rules see")
  void mapped() {
    assertThat(Hosts.address("::ffff:10.1.2.4"))
        .get()
        .isInstanceOf(Inet4Address.class)
        .extracting(InetAddress::getHostAddress)
        .isEqualTo("10.1.2.4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mx:25.example.it.",
        "mx:25.example.it",
        "fe80::1%eth0",
        "localhost",
        "mail.example.it.",
        "::ffff:example.it",
        "2001:db8::g",
        "256.1.1.1",
        ""
      })
  @DisplayName("anything else is not an address, and nothing is asked to find out")
  void notLiterals(String data) {
    assertThat(Hosts.address(data)).isEmpty();
  }
}
