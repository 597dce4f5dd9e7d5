package dev.mxbot.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link DnsjavaDns} reaches the DNS. Immutable, thread safe.
 *
 * @param resolvers recursive resolvers, asked in order; empty means the system's resolvers
 * @param queryTimeout the longest wait for one answer from one server (default 2 s)
 * @param authoritativePort the port authoritative servers are asked on (default 53; tests use an
 *     unprivileged one)
 */
public record DnsSettings(
    List<InetSocketAddress> resolvers, Duration queryTimeout, int authoritativePort) {

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

  /** The system's resolvers, a 2 s timeout, port 53. */
  public static DnsSettings defaults() {
    return new DnsSettings(List.of(), DEFAULT_QUERY_TIMEOUT, DEFAULT_AUTHORITATIVE_PORT);
  }

  /** These resolvers, a 2 s timeout, port 53. */
  public static DnsSettings using(List<InetSocketAddress> resolvers) {
    return new DnsSettings(resolvers, DEFAULT_QUERY_TIMEOUT, DEFAULT_AUTHORITATIVE_PORT);
  }

  public DnsSettings withQueryTimeout(Duration timeout) {
    return new DnsSettings(resolvers, timeout, authoritativePort);
  }

  public DnsSettings withAuthoritativePort(int port) {
    return new DnsSettings(resolvers, queryTimeout, port);
  }
}
