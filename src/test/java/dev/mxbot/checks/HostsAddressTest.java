package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Record data and host names read as addresses only when they are IP literals, and never looked up
 * on the way: a zone's MX host {@code mx:25.example.it.} used to reach the system's resolver
 * through {@code InetAddress.getByName}. The proof that nothing is looked up runs in a child JVM
 * whose name lookups come from a hosts file of the test's ({@code jdk.net.hosts.file}), where each
 * such name has an address: a lookup would show as that address.
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

  @Test
  @DisplayName(
      "names the JDK would look up (a colon in a host name, an IPv4 address with its dot): nothing"
          + " is looked up, though the lookup would find an address")
  void nothingLookedUp(@TempDir Path dir) throws Exception {
    Path hosts = dir.resolve("hosts");
    Files.writeString(
        hosts,
        "10.9.9.9 mx:25.example.it\n10.9.9.8 192.0.2.1.\n10.9.9.7 mail.example.it\n",
        StandardCharsets.US_ASCII);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.net.hosts.file=" + hosts,
                "-cp",
                System.getProperty("java.class.path"),
                HostsAddressProbe.class.getName(),
                "mx:25.example.it",
                "192.0.2.1.",
                "mail.example.it"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    child.getOutputStream().close();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(output.lines())
        .as(output)
        .containsExactly(
            "mx:25.example.it lookup=10.9.9.9 read=none",
            "192.0.2.1. lookup=10.9.9.8 read=192.0.2.1",
            "mail.example.it lookup=10.9.9.7 read=none");
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
