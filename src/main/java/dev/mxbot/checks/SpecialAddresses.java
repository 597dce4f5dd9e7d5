package dev.mxbot.checks;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.List;

/**
 * Addresses nobody on the Internet can deliver mail to: the IANA special-purpose ranges that are
 * not globally reachable (RFC 6890 and its updates) — private, loopback, link-local, shared
 * (CGNAT), documentation, benchmarking, multicast, reserved. Protocol constants, not provider
 * knowledge. Pure; safe for concurrent use.
 */
final class SpecialAddresses {

  private record Range(BigInteger start, int prefix, int bits) {
    boolean contains(byte[] address) {
      if (address.length * 8 != bits) {
        return false;
      }
      BigInteger value = new BigInteger(1, address);
      return value.shiftRight(bits - prefix).equals(start.shiftRight(bits - prefix));
    }
  }

  private static final List<Range> RANGES =
      List.of(
          v4("0.0.0.0", 8), // "this network" (RFC 791)
          v4("10.0.0.0", 8), // private (RFC 1918)
          v4("100.64.0.0", 10), // shared address space, CGNAT (RFC 6598)
          v4("127.0.0.0", 8), // loopback (RFC 1122)
          v4("169.254.0.0", 16), // link-local (RFC 3927)
          v4("172.16.0.0", 12), // private (RFC 1918)
          v4("192.0.0.0", 24), // IETF protocol assignments (RFC 6890)
          v4("192.0.2.0", 24), // documentation TEST-NET-1 (RFC 5737)
          v4("192.168.0.0", 16), // private (RFC 1918)
          v4("198.18.0.0", 15), // benchmarking (RFC 2544)
          v4("198.51.100.0", 24), // documentation TEST-NET-2 (RFC 5737)
          v4("203.0.113.0", 24), // documentation TEST-NET-3 (RFC 5737)
          v4("224.0.0.0", 4), // multicast (RFC 5771)
          v4("240.0.0.0", 4), // reserved, and broadcast (RFC 1112, RFC 919)
          v6("::", 128), // unspecified (RFC 4291)
          v6("::1", 128), // loopback (RFC 4291)
          v6("::ffff:0:0", 96), // IPv4-mapped (RFC 4291): not a real destination
          v6("100::", 64), // discard-only (RFC 6666)
          v6("2001:db8::", 32), // documentation (RFC 3849)
          v6("3fff::", 20), // documentation (RFC 9637)
          v6("fc00::", 7), // unique local (RFC 4193)
          v6("fe80::", 10), // link-local (RFC 4291)
          v6("ff00::", 8)); // multicast (RFC 4291)

  private SpecialAddresses() {}

  /** True when {@code address} is in a range that is not globally reachable. */
  static boolean isSpecial(InetAddress address) {
    byte[] bytes = address.getAddress();
    return RANGES.stream().anyMatch(range -> range.contains(bytes));
  }

  private static Range v4(String start, int prefix) {
    return new Range(value(start), prefix, 32);
  }

  private static Range v6(String start, int prefix) {
    return new Range(value(start), prefix, 128);
  }

  private static BigInteger value(String literal) {
    try {
      return new BigInteger(1, InetAddress.getByName(literal).getAddress());
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
