package dev.mxbot.checks;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.InetAddress;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small pure functions on host names as they come from DNS (absolute, with trailing dot). */
final class Hosts {

  private static final Pattern IPV4 =
      Pattern.compile("^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}\\.?$");

  private Hosts() {}

  /** {@code Mx1.Example.IT} → {@code mx1.example.it.} */
  static String absolute(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower : lower + ".";
  }

  /** {@code mx1.example.it.} → {@code mx1.example.it} (for display). */
  static String relative(String host) {
    return host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
  }

  /** True for a name that is really an IPv4 address ({@code 192.0.2.1.}). */
  static boolean isIpv4(String host) {
    return IPV4.matcher(host).matches();
  }

  /**
   * The registrable domain of a host ({@code ns1.example-dns.co.uk.} → {@code example-dns.co.uk}),
   * used to name a provider the catalog does not know; the host itself when there is none.
   */
  static String registrableDomain(String host) {
    try {
      InternetDomainName name = InternetDomainName.from(relative(host));
      return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : relative(host);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return relative(host);
    }
  }

  /**
   * The address in A or AAAA record data, or in a host name that is an address ({@code
   * 192.0.2.1.}); empty for anything that is not an IP literal. Read without the JDK's {@code
   * InetAddress.getByName}, which looks up anything it cannot read as a literal (an MX host {@code
   * mx:25.example.it.}, an IPv4 address with its trailing dot) in the system's resolver; no scope
   * ({@code %eth0}), which DNS data never carries.
   */
  static Optional<InetAddress> address(String data) {
    String text = isIpv4(data) && data.endsWith(".") ? data.substring(0, data.length() - 1) : data;
    if ((!text.contains(":") && !isIpv4(text))
        || text.contains("%")
        || !InetAddresses.isInetAddress(text)) {
      return Optional.empty();
    }
    return Optional.of(InetAddresses.forString(text));
  }

  /** Joins host names for a message, without trailing dots. */
  static String list(Collection<String> hosts) {
    return hosts.stream().map(Hosts::relative).collect(Collectors.joining(", "));
  }
}
