package dev.mxbot.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link DnsjavaDns} reaches the DNS. Immutable, thread safe.
 *
 * @param resolvers recursive resolvers, asked in order; empty means the system's resolvers ({@link
 *     DnsModule} supplies them; a {@link DnsjavaDns} built directly asks none)
 * @param queryTimeout the longest wait for one answer from one server (default 2 s)
 * @param authoritativePort the port authoritative servers are asked on (default 53; tests use an
 *     unprivileged one)
 * @param allowPrivateAddresses whether a special-purpose address learned from DNS data (a
 *     nameserver's, see {@link SpecialAddresses}) may be asked; false but in labs and tests. The
 *     resolvers the operator chose are always asked.
 */
public record DnsSettings(
    List<InetSocketAddress> resolvers,
    Duration queryTimeout,
    int authoritativePort,
    boolean allowPrivateAddresses) {

  /** The default per-query timeout. */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(2);

  /** The default port of authoritative servers. */
  public static final int DEFAULT_AUTHORITATIVE_PORT = 53;

  public DnsSettings {
    resolvers = List.copyOf(resolvers);
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be positive: " + queryTimeout);
    }
    if (authoritativePort < 1 || authoritativePort > 65535) {
      throw new IllegalArgumentException("authoritativePort out of range: " + authoritativePort);
    }
  }

  /** The system's resolvers, a 2 s timeout, port 53, no special-purpose address asked. */
  public static DnsSettings defaults() {
    return using(List.of());
  }

  /** These resolvers, a 2 s timeout, port 53, no special-purpose address asked. */
  public static DnsSettings using(List<InetSocketAddress> resolvers) {
    return new DnsSettings(resolvers, DEFAULT_QUERY_TIMEOUT, DEFAULT_AUTHORITATIVE_PORT, false);
  }

  public DnsSettings withQueryTimeout(Duration timeout) {
    return new DnsSettings(resolvers, timeout, authoritativePort, allowPrivateAddresses);
  }

  public DnsSettings withAuthoritativePort(int port) {
    return new DnsSettings(resolvers, queryTimeout, port, allowPrivateAddresses);
  }

  public DnsSettings withPrivateAddressesAllowed(boolean allowed) {
    return new DnsSettings(resolvers, queryTimeout, authoritativePort, allowed);
  }

  /** Whether a server learned from DNS data may be asked at {@code address}. */
  public boolean mayAsk(InetAddress address) {
    return allowPrivateAddresses || !SpecialAddresses.isSpecial(address);
  }
}
