package dev.mxbot.dns;

import java.net.InetAddress;
import java.util.List;

/**
 * Addresses that are not on the public Internet: the IANA special-purpose ranges that are not
 * globally reachable (RFC 6890 and its updates) — private, loopback, link-local (cloud metadata
 * services among them), shared (CGNAT), documentation, benchmarking, multicast, reserved — and the
 * IPv6 forms that embed such an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo). Nobody can deliver
 * mail to them, and mxbot never contacts one it learned from DNS data unless configured to (labs,
 * tests). Protocol constants, not provider knowledge. Pure; safe for concurrent use.
 */
public final class SpecialAddresses {

  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = prefix / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[whole] & mask) == (network[whole] & mask);
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
          v4("192.88.99.0", 24), // 6to4 relay anycast, deprecated (RFC 7526)
          v4("192.168.0.0", 16), // private (RFC 1918)
          v4("198.18.0.0", 15), // benchmarking (RFC 2544)
          v4("198.51.100.0", 24), // documentation TEST-NET-2 (RFC 5737)
          v4("203.0.113.0", 24), // documentation TEST-NET-3 (RFC 5737)
          v4("224.0.0.0", 4), // multicast (RFC 5771)
          v4("240.0.0.0", 4), // reserved, and broadcast (RFC 1112, RFC 919)
          v6("::", 128), // unspecified (RFC 4291)
          v6("::1", 128), // loopback (RFC 4291)
          v6("64:ff9b:1::", 48), // local-use IPv4/IPv6 translation (RFC 8215)
          v6("100::", 64), // discard-only (RFC 6666)
          v6("2001:2::", 48), // benchmarking (RFC 5180)
          v6("2001:10::", 28), // ORCHID, deprecated (RFC 4843)
          v6("2001:db8::", 32), // documentation (RFC 3849)
          v6("3fff::", 20), // documentation (RFC 9637)
          v6("fc00::", 7), // unique local (RFC 4193)
          v6("fe80::", 10), // link-local (RFC 4291)
          v6("ff00::", 8)); // multicast (RFC 4291)

  private SpecialAddresses() {}

  private static final Range NAT64 = v6("64:ff9b::", 96); // RFC 6052
  private static final Range SIX_TO_FOUR = v6("2002::", 16); // RFC 3056
  private static final Range TEREDO = v6("2001::", 32); // RFC 4380

  /**
   * True when {@code address} is in a range that is not globally reachable, or embeds an IPv4
   * address that is: NAT64 ({@code 64:ff9b::/96}, the last 32 bits), 6to4 ({@code 2002::/16}, bits
   * 16-47), Teredo ({@code 2001::/32}: the server, bits 32-63, or the client, the last 32 bits
   * inverted). IPv4-mapped IPv6 addresses arrive as IPv4 ({@link InetAddress} converts them).
   */
  public static boolean isSpecial(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (RANGES.stream().anyMatch(range -> range.contains(bytes))) {
      return true;
    }
    if (NAT64.contains(bytes)) {
      return isSpecialV4(bytes, 12, false);
    }
    if (SIX_TO_FOUR.contains(bytes)) {
      return isSpecialV4(bytes, 2, false);
    }
    if (TEREDO.contains(bytes)) {
      return isSpecialV4(bytes, 4, false) || isSpecialV4(bytes, 12, true);
    }
    return false;
  }

  private static boolean isSpecialV4(byte[] bytes, int from, boolean inverted) {
    byte[] v4 = new byte[4];
    for (int i = 0; i < 4; i++) {
      v4[i] = (byte) (inverted ? ~bytes[from + i] : bytes[from + i]);
    }
    return RANGES.stream().anyMatch(range -> range.contains(v4));
  }

  private static Range v4(String start, int prefix) {
    return new Range(bytes(start), prefix);
  }

  private static Range v6(String start, int prefix) {
    return new Range(bytes(start), prefix);
  }

  private static byte[] bytes(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress(); // a literal: no lookup
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
