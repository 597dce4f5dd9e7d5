package dev.mxbot.bench;

import dev.mxbot.dns.server.ZoneServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each query of one diagnosis reached the servers, in rounds of the per-answer delay: a query
 * that arrives between k and k+1 delays after the start waited for k answers before it. Shows which
 * questions make a diagnosis take more rounds than its dependency depth.
 */
final class Timeline {

  private record Arrival(int round, String question) {}

  private final List<Arrival> arrivals;

  private Timeline(List<Arrival> arrivals) {
    this.arrivals = arrivals;
  }

  static Timeline of(List<BenchWorld.Server> servers, long startNanos, long delayNanos) {
    List<Arrival> arrivals = new ArrayList<>();
    for (BenchWorld.Server server : servers) {
      for (ZoneServer.Query query : server.server().queries()) {
        int round = (int) ((query.receivedNanos() - startNanos) / delayNanos);
        String how = query.recursionDesired() ? "" : " @" + server.role();
        arrivals.add(new Arrival(round, query.type() + " " + query.name() + how));
      }
    }
    arrivals.sort(Comparator.comparingInt(Arrival::round).thenComparing(Arrival::question));
    return new Timeline(arrivals);
  }

  /** {@code 0:12 1:20 2:9 3:1}: queries sent in each round. */
  String histogram() {
    Map<Integer, Integer> counts = new TreeMap<>();
    arrivals.forEach(a -> counts.merge(a.round(), 1, Integer::sum));
    StringBuilder text = new StringBuilder();
    counts.forEach((round, count) -> text.append(round).append(':').append(count).append(' '));
    return text.toString().strip();
  }

  /** The questions of the last round, distinct, e.g. {@code NS mx40.it. @registry}. */
  List<String> lastRound() {
    if (arrivals.isEmpty()) {
      return List.of();
    }
    int last = arrivals.get(arrivals.size() - 1).round();
    return arrivals.stream()
        .filter(a -> a.round() == last)
        .map(Arrival::question)
        .distinct()
        .toList();
  }
}
