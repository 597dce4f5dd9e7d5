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
 * @param maxInFlightPerServer the most questions in flight at once to one nameserver address
 *     learned from DNS data, over all diagnoses of the process ({@code dns.maxInFlightPerServer},
 *     default {@value #DEFAULT_MAX_IN_FLIGHT_PER_SERVER}): politeness when many domains share
 *     nameservers. One diagnosis asks a nameserver a few questions at a time, never as many.
 * @param limitResolvers whether the same limit holds per resolver too: for {@code audit}, where
 *     hundreds of diagnoses run back to back. Off otherwise, because one diagnosis fans out up to
 *     60 recursive questions at once, and holding them to 8 would double a report's rounds
 */
public record DnsSettings(
    List<InetSocketAddress> resolvers,
    Duration queryTimeout,
    int authoritativePort,
    boolean allowPrivateAddresses,
    int maxInFlightPerServer,
    boolean limitResolvers) {

  /** The default of {@code dns.maxInFlightPerServer}. */
  public static final int DEFAULT_MAX_IN_FLIGHT_PER_SERVER = 8;

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
    if (maxInFlightPerServer < 1) {
      throw new IllegalArgumentException(
          "maxInFlightPerServer must be at least 1: " + maxInFlightPerServer);
    }
  }

  /** Settings with the default in-flight limit per nameserver, resolvers not limited. */
  public DnsSettings(
      List<InetSocketAddress> resolvers,
      Duration queryTimeout,
      int authoritativePort,
      boolean allowPrivateAddresses) {
    this(
        resolvers,
        queryTimeout,
        authoritativePort,
        allowPrivateAddresses,
        DEFAULT_MAX_IN_FLIGHT_PER_SERVER,
        false);
  }

  /** Settings with this in-flight limit per nameserver, resolvers not limited. */
  public DnsSettings(
      List<InetSocketAddress> resolvers,
      Duration queryTimeout,
      int authoritativePort,
      boolean allowPrivateAddresses,
      int maxInFlightPerServer) {
    this(
        resolvers,
        queryTimeout,
        authoritativePort,
        allowPrivateAddresses,
        maxInFlightPerServer,
        false);
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
    return new DnsSettings(
        resolvers,
        timeout,
        authoritativePort,
        allowPrivateAddresses,
        maxInFlightPerServer,
        limitResolvers);
  }

  public DnsSettings withAuthoritativePort(int port) {
    return new DnsSettings(
        resolvers, queryTimeout, port, allowPrivateAddresses, maxInFlightPerServer, limitResolvers);
  }

  public DnsSettings withPrivateAddressesAllowed(boolean allowed) {
    return new DnsSettings(
        resolvers, queryTimeout, authoritativePort, allowed, maxInFlightPerServer);
  }

  /** At most {@code limit} questions in flight to one nameserver address. */
  public DnsSettings withMaxInFlightPerServer(int limit) {
    return new DnsSettings(
        resolvers, queryTimeout, authoritativePort, allowPrivateAddresses, limit, limitResolvers);
  }

  /** The same limit per resolver too ({@code audit}). */
  public DnsSettings withResolversLimited(boolean limited) {
    return new DnsSettings(
        resolvers,
        queryTimeout,
        authoritativePort,
        allowPrivateAddresses,
        maxInFlightPerServer,
        limited);
  }

  /** Whether a server learned from DNS data may be asked at {@code address}. */
  public boolean mayAsk(InetAddress address) {
    return allowPrivateAddresses || !SpecialAddresses.isSpecial(address);
  }
}
