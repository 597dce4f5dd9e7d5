package dev.mxbot.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName(
    "Addresses not on the public Internet (an MX may not use them, mxbot never contacts them)")
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
    "169.254.169.254, true",
    "::ffff:10.0.0.1, true",
    "64:ff9b::a00:1, true",
    "64:ff9b::a9fe:a9fe, true",
    "64:ff9b::808:808, false",
    "64:ff9b:1::1, true",
    "2002:a00:1::1, true",
    "2002:808:808::1, false",
    "2001:0:a00:1::1, true",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2, true",
    "2001:0:4136:e378:8000:63bf:f7f7:f7f7, false",
    "2001:2::1, true",
    "192.88.99.1, true",
  })
  void classifies(String literal, boolean special) throws Exception {
    assertThat(SpecialAddresses.isSpecial(InetAddress.getByName(literal))).isEqualTo(special);
  }
}
