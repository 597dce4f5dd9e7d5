package dev.mxbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Figures about this JVM: process CPU time, CPU time of the in-process DNS servers' threads, heap
 * in use after a full collection, live threads, and the peak resident set ({@code VmHWM} of {@code
 * /proc/self/status}, Linux only). Stateless.
 */
final class ProcessFigures {

  private static final String SERVER_THREADS = "zoneserver-";

  /** CPU time of the whole process, in nanoseconds (-1 when unavailable). */
  long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** CPU time of the live threads of the in-process DNS servers, in nanoseconds. */
  long serverCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
        .filter(Objects::nonNull)
        .filter(info -> info.getThreadName().startsWith(SERVER_THREADS))
        .mapToLong(ThreadInfo::getThreadId)
        .map(threads::getThreadCpuTime)
        .filter(nanos -> nanos > 0)
        .sum();
  }

  /** Heap in use after {@link System#gc()} (twice, with a pause), in bytes. */
  long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** A line of {@code /proc/self/status} in kB, e.g. {@code VmHWM}; -1 when unavailable. */
  long statusKb(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
