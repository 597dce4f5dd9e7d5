package dev.mxbot.bench;

import dev.mxbot.dns.server.ZoneServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries the world's servers received, counted the way the benchmark reports them: UDP or TCP,
 * recursion desired or direct, and the duplicates — the same name, type, server, RD flag, DO bit
 * and transport asked more than once (a UDP query retried over TCP after truncation is not a
 * duplicate, nor is a question asked again with DO for its RRSIGs).
 *
 * @param udp queries over UDP
 * @param tcp queries over TCP
 * @param recursive queries with RD set (to the resolver)
 * @param direct queries without RD (to a nameserver or the registry)
 * @param duplicates one line per repeated question, e.g. {@code "resolver MX a.it. RD UDP x2"}
 */
public record QueryCount(int udp, int tcp, int recursive, int direct, List<String> duplicates) {

  private record Key(
      String server,
      String name,
      Object type,
      boolean rd,
      ZoneServer.Transport transport,
      boolean dnssecOk) {}

  static QueryCount of(List<BenchWorld.Server> servers) {
    int udp = 0;
    int tcp = 0;
    int recursive = 0;
    Map<Key, Integer> seen = new HashMap<>();
    for (BenchWorld.Server server : servers) {
      for (ZoneServer.Query query : server.server().queries()) {
        if (query.transport() == ZoneServer.Transport.UDP) {
          udp++;
        } else {
          tcp++;
        }
        if (query.recursionDesired()) {
          recursive++;
        }
        seen.merge(
            new Key(
                server.role(),
                query.name(),
                query.type(),
                query.recursionDesired(),
                query.transport(),
                query.dnssecOk()),
            1,
            Integer::sum);
      }
    }
    List<String> duplicates = new ArrayList<>();
    seen.forEach(
        (key, count) -> {
          if (count > 1) {
            duplicates.add(
                String.format(
                    "%s %s %s %s%s %s x%d",
                    key.server(),
                    key.type(),
                    key.name(),
                    key.rd() ? "RD" : "direct",
                    key.dnssecOk() ? " DO" : "",
                    key.transport(),
                    count));
          }
        });
    duplicates.sort(null);
    return new QueryCount(udp, tcp, recursive, udp + tcp - recursive, List.copyOf(duplicates));
  }

  /** Every query, whatever the transport. */
  public int total() {
    return udp + tcp;
  }
}
