package dev.mxbot.dns;

import java.net.InetSocketAddress;
import java.util.List;
import org.xbill.DNS.ResolverConfig;

/**
 * Where the recursive resolvers come from when the configuration names none ({@code dns.resolvers}
 * empty, no {@code --resolver}). A binding of {@link DnsModule}, so that a test can give loopback
 * ones and the system's are read only when a DNS client is built, never in a constructor.
 */
@FunctionalInterface
public interface SystemResolvers {

  /** The resolvers, in the order to ask them. */
  List<InetSocketAddress> servers();

  /** The operating system's ({@code /etc/resolv.conf} and the like), as dnsjava finds them. */
  static SystemResolvers operatingSystem() {
    return () -> List.copyOf(ResolverConfig.getCurrentConfig().servers());
  }
}
