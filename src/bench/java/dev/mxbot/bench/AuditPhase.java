package dev.mxbot.bench;

import dev.mxbot.audit.Audit;
import dev.mxbot.audit.Checker;
import dev.mxbot.audit.HtmlSummary;
import dev.mxbot.audit.InputLines;
import dev.mxbot.audit.OutputFormat;
import dev.mxbot.audit.Progress;
import dev.mxbot.audit.ProgressDisplay;
import dev.mxbot.audit.Resume;
import dev.mxbot.audit.Sink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code mxbot audit} measured: throughput at a per-question delay (domains per minute, and its
 * ratio to checking the same domains one by one, as a loop of {@code check} would), and the peak
 * heap while auditing many input lines (memory must stay flat: lines are streamed in and out).
 */
public final class AuditPhase {

  private final PrintWriter out;
  private final Summary summary = new Summary();

  public AuditPhase(PrintWriter out) {
    this.out = out;
  }

  /**
   * @param world the audit world ({@link AuditZones})
   * @param domains its customers
   * @param audit checks one line as the audit does (answers cached across domains)
   * @param plain checks one line as {@code check} does (no cache across domains)
   * @param loopCount domains checked one by one
   * @param concurrency the audit's {@code --concurrency}
   * @param delay the per-answer delay of the throughput measure
   * @param heapLines input lines of the heap measure (0 skips it)
   * @param work a scratch directory
   */
  public void run(
      BenchWorld world,
      List<String> domains,
      Checker audit,
      Checker plain,
      int loopCount,
      int concurrency,
      Duration delay,
      int heapLines,
      Path work)
      throws Exception {
    out.printf(
        "%naudit: %d customer domains on the same two nameservers, %s per answer%n",
        domains.size(), delay.toMillis() + "ms");
    world.delayAll(delay);
    List<String> loop = domains.subList(0, Math.min(loopCount, domains.size()));
    long start = System.nanoTime();
    for (String domain : loop) {
      plain.check(domain);
    }
    double loopPerMinute = loop.size() / ((System.nanoTime() - start) / 60e9);
    world.resetLogs();
    start = System.nanoTime();
    long lines =
        audit(audit, domains.size(), i -> domains.get(i), concurrency, work.resolve("audit.jsonl"));
    double auditPerMinute = lines / ((System.nanoTime() - start) / 60e9);
    long queries = world.queries().total();
    out.printf(
        "  check one by one: %.0f domains/min (%d domains)%n"
            + "  audit --concurrency %d: %.0f domains/min (%d domains, %.1f DNS queries per"
            + " domain), %.1fx the loop%n",
        loopPerMinute,
        loop.size(),
        concurrency,
        auditPerMinute,
        lines,
        (double) queries / Math.max(1, lines),
        auditPerMinute / loopPerMinute);
    summary.add(
        "phase",
        "audit",
        "delayMs",
        delay.toMillis(),
        "loopPerMinute",
        loopPerMinute,
        "auditPerMinute",
        auditPerMinute,
        "ratio",
        auditPerMinute / loopPerMinute,
        "queriesPerDomain",
        (double) queries / Math.max(1, lines));
    world.delayAll(Duration.ZERO);
    if (heapLines > 0) {
      heap(audit, domains, concurrency, heapLines, work);
    }
    summary.print(out);
  }

  private void heap(Checker audit, List<String> domains, int concurrency, int lines, Path work)
      throws Exception {
    System.gc();
    long before = usedAfterGc();
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Path input = work.resolve("heap-input.txt");
    try (Writer writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines; i++) {
        writer.write(domains.get(i % domains.size()) + "\n");
      }
    }
    long done;
    try (HtmlSummary html = new HtmlSummary("en")) {
      done =
          audit(
              audit,
              input,
              concurrency,
              work.resolve("heap.jsonl"),
              html,
              work.resolve("heap.html"));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long after = usedAfterGc();
    out.printf(
        "  %d input lines (to JSON Lines and the HTML page) in %.0f s: peak heap %d MB"
            + " (sum of pool peaks), after GC %d MB before, %d MB after%n",
        done, seconds, peak >> 20, before >> 20, after >> 20);
    summary.add(
        "phase", "auditHeap",
        "lines", done,
        "peakHeapMb", peak >> 20,
        "heapBeforeMb", before >> 20,
        "heapAfterMb", after >> 20);
  }

  private static long usedAfterGc() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private long audit(
      Checker checker,
      int count,
      java.util.function.IntFunction<String> line,
      int concurrency,
      Path output)
      throws IOException {
    Path input = output.resolveSibling(output.getFileName() + ".in");
    try (Writer writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        writer.write(line.apply(i) + "\n");
      }
    }
    return audit(checker, input, concurrency, output, null, null);
  }

  private long audit(
      Checker checker, Path input, int concurrency, Path output, HtmlSummary html, Path htmlFile)
      throws IOException {
    Progress progress = new Progress(OptionalLong.empty(), System.nanoTime());
    Audit audit =
        new Audit(
            checker, concurrency, Duration.ofSeconds(30), new PrintWriter(new StringWriter()));
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        Sink sink =
            new Sink(
                Files.newBufferedWriter(output, StandardCharsets.UTF_8),
                OutputFormat.JSON_LINES,
                false,
                true)) {
      audit.run(
          new InputLines(reader),
          Resume.none(),
          sink,
          html == null ? row -> {} : html::add,
          progress,
          ProgressDisplay.NONE);
    }
    if (html != null) {
      html.write(htmlFile);
    }
    return progress.done();
  }
}
