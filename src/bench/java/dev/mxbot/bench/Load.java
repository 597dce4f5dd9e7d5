package dev.mxbot.bench;

import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a number of diagnoses on a number of threads, the zones in turn, and times them. Also counts
 * the reports that are incomplete (a DNS timeout): under load they would make a fast figure
 * meaningless.
 */
final class Load {

  /** What one load run did. */
  record Result(int diagnoses, int concurrency, double seconds, int incomplete) {
    double perSecond() {
      return diagnoses / seconds;
    }
  }

  private final Diagnoser diagnoser;
  private final List<String> zones;
  private final List<List<String>> selectors;

  Load(Diagnoser diagnoser, BenchWorld world, List<String> zones) {
    this.diagnoser = diagnoser;
    this.zones = List.copyOf(zones);
    this.selectors = zones.stream().map(world::dkimSelectors).toList();
  }

  /** {@code count} diagnoses on {@code concurrency} threads; {@code every} runs after each n-th. */
  Result run(int count, int concurrency, int every, Runnable checkpoint) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger incomplete = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        workers.add(
            threads.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Report report =
                        diagnoser.diagnose(
                            zones.get(i % zones.size()), selectors.get(i % zones.size()));
                    if (timedOut(report)) {
                      incomplete.incrementAndGet();
                    }
                    int n = done.incrementAndGet();
                    if (every > 0 && n % every == 0) {
                      checkpoint.run();
                    }
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      threads.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(count, concurrency, seconds, incomplete.get());
  }

  Result run(int count, int concurrency) throws Exception {
    return run(count, concurrency, 0, () -> {});
  }

  private static boolean timedOut(Report report) {
    return report.dnsUnreachable()
        || report.findings().stream().anyMatch(f -> f.code() == FindingCode.DNS_TIMEOUT);
  }
}
