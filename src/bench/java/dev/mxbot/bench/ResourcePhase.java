package dev.mxbot.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * CPU per diagnosis (process CPU time over a sequential run with no DNS delay, with and without the
 * in-process DNS servers' threads), heap and threads after the first checkpoint and after the
 * second (e.g. 1,000 and 10,000 diagnoses at concurrency 8), and the peak RSS.
 */
final class ResourcePhase {

  private static final int CONCURRENCY = 8;

  private final BenchWorld world;
  private final Load load;
  private final PrintWriter out;
  private final Summary summary;
  private final ProcessFigures process = new ProcessFigures();

  ResourcePhase(BenchWorld world, Load load, PrintWriter out, Summary summary) {
    this.world = world;
    this.load = load;
    this.out = out;
    this.summary = summary;
  }

  void cpu(int count) throws Exception {
    if (count <= 0) {
      // no figure rather than a division by zero printed as one
      out.printf("%n== CPU per diagnosis: not measured (--throughput 0)%n");
      return;
    }
    world.delayAll(Duration.ZERO);
    long cpu = process.processCpuNanos();
    long servers = process.serverCpuNanos();
    load.run(count, 1, 500, world::resetLogs);
    double total = (process.processCpuNanos() - cpu) / 1e6 / count;
    double dns = (process.serverCpuNanos() - servers) / 1e6 / count;
    out.printf(
        Locale.ROOT,
        "%n== CPU per diagnosis (%d sequential, no DNS delay): %.2f ms, of which %.2f ms in the"
            + " in-process DNS servers' threads; mxbot alone %.2f ms%n",
        count,
        total,
        dns,
        total - dns);
    summary.add("cpu_ms_per_diagnosis", total, "dns_servers_ms", dns, "mxbot_ms", total - dns);
  }

  void memory(int first, int second) throws Exception {
    out.printf(
        "%n== Heap and threads after %d and %d diagnoses (concurrency %d, no DNS delay;"
            + " heap measured after System.gc(), the servers' query logs cleared)%n",
        first, second, CONCURRENCY);
    world.delayAll(Duration.ZERO);
    load.run(first, CONCURRENCY, 500, world::resetLogs);
    world.resetLogs();
    long heapFirst = process.heapAfterGc();
    int threadsFirst = process.liveThreads();
    load.run(second - first, CONCURRENCY, 500, world::resetLogs);
    world.resetLogs();
    long heapSecond = process.heapAfterGc();
    int threadsSecond = process.liveThreads();
    double growth = 100.0 * (heapSecond - heapFirst) / heapFirst;
    out.printf(
        Locale.ROOT,
        "after %6d: heap %.1f MB, %d threads%nafter %6d: heap %.1f MB, %d threads"
            + "  (heap growth %+.1f %%)%n",
        first,
        heapFirst / 1e6,
        threadsFirst,
        second,
        heapSecond / 1e6,
        threadsSecond,
        growth);
    summary.add(
        "heap_mb_after_" + first,
        heapFirst / 1e6,
        "heap_mb_after_" + second,
        heapSecond / 1e6,
        "heap_growth_pct",
        growth,
        "threads_after_" + first,
        threadsFirst,
        "threads_after_" + second,
        threadsSecond);
  }

  void peakRss() {
    long hwm = process.statusKb("VmHWM");
    out.printf(Locale.ROOT, "%n== Peak RSS of this process (VmHWM): %.1f MB%n", hwm / 1024.0);
    summary.add("peak_rss_mb", hwm / 1024.0);
  }
}
