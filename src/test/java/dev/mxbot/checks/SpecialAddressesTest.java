package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Addresses an MX may not use")
class SpecialAddressesTest {

  @ParameterizedTest(name = "{0} special = {1}")
  @CsvSource({
    "10.1.2.3, true",
    "172.16.0.1, true",
    "172.32.0.1, false",
    "192.168.10.10, true",
    "127.0.0.1, true",
    "169.254.1.1, true",
    "100.64.0.1, true",
    "100.128.0.1, false",
    "192.0.2.25, true",
    "198.51.100.7, true",
    "203.0.113.9, true",
    "198.18.0.1, true",
    "224.0.0.5, true",
    "255.255.255.255, true",
    "0.1.2.3, true",
    "5.196.100.10, false",
    "8.8.8.8, false",
    "::1, true",
    "::, true",
    "fe80::1, true",
    "fd12:3456::1, true",
    "2001:db8::25, true",
    "3fff:1::1, true",
    "ff02::1, true",
    "::ffff:192.0.2.1, true",
    "2001:41d0::1, false",
    "2a00:1450::1, false",
  })
  void classifies(String literal, boolean special) throws Exception {
    assertThat(SpecialAddresses.isSpecial(InetAddress.getByName(literal))).isEqualTo(special);
  }

  @Test
  @DisplayName("remaining cache times read in any language")
  void durations() {
    assertThat(PendingChange.duration(Duration.ofSeconds(3000))).isEqualTo("50 min");
    assertThat(PendingChange.duration(Duration.ofSeconds(3001))).isEqualTo("51 min");
    assertThat(PendingChange.duration(Duration.ofSeconds(7500))).isEqualTo("2 h 5 min");
    assertThat(PendingChange.duration(Duration.ofSeconds(7200))).isEqualTo("2 h");
    assertThat(PendingChange.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
  }
}
