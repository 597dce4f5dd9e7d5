package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;

/**
 * Threads of mxbot's own pools and test servers, by name prefix, and the process's open file
 * descriptors (sockets included): counted before and after a test class, to prove nothing leaked.
 * Threads other classes left to die may end meanwhile, so counts may only go down.
 */
public record LeakCount(Map<String, Integer> threads, int fileDescriptors) {

  private static final String[] PREFIXES = {"zoneserver-", "dns-reply", "rawdns-", "mxbot-"};

  /** Descriptors the JVM may open meanwhile for itself (jars, class data, JIT logs). */
  private static final int FD_TOLERANCE = 10;

  public static LeakCount now() {
    Map<String, Integer> threads = new TreeMap<>();
    for (String prefix : PREFIXES) {
      threads.put(prefix, 0);
    }
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      for (String prefix : PREFIXES) {
        if (thread.isAlive() && thread.getName().startsWith(prefix)) {
          threads.merge(prefix, 1, Integer::sum);
        }
      }
    }
    String[] fds = new File("/proc/self/fd").list();
    return new LeakCount(threads, fds == null ? 0 : fds.length);
  }

  /** Waits up to 15 s (idle pools stop their threads after 10 s) for the counts to come back. */
  public static void assertBackTo(LeakCount before) throws InterruptedException {
    LeakCount after = now();
    for (int i = 0; i < 150 && !after.within(before); i++) {
      Thread.sleep(100);
      after = now();
    }
    for (Map.Entry<String, Integer> count : after.threads().entrySet()) {
      assertThat(count.getValue())
          .as("threads named %s*", count.getKey())
          .isLessThanOrEqualTo(before.threads().get(count.getKey()));
    }
    assertThat(after.fileDescriptors())
        .as("open file descriptors")
        .isLessThanOrEqualTo(before.fileDescriptors() + FD_TOLERANCE);
  }

  private boolean within(LeakCount before) {
    return threads.entrySet().stream()
            .allMatch(count -> count.getValue() <= before.threads().get(count.getKey()))
        && fileDescriptors <= before.fileDescriptors() + FD_TOLERANCE;
  }
}
