package dev.mxbot.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Figures a load test reports: live threads by name (digits dropped) and heap after GC. */
public final class LoadThreads {

  private LoadThreads() {}

  /** E.g. {@code {mxbot-diagnosis-=16, qtp-=8}}. */
  public static Map<String, Long> histogram() {
    return Thread.getAllStackTraces().keySet().stream()
        .collect(
            Collectors.groupingBy(
                t -> t.getName().replaceAll("[0-9]+", "#"), TreeMap::new, Collectors.counting()));
  }

  /** Heap in use after a full collection, in MB. */
  public static long heapAfterGcMb() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
  }
}
