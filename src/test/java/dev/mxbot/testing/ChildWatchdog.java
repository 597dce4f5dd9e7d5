package dev.mxbot.testing;

import java.io.PrintStream;

/**
 * The last guard of a child JVM a test starts (the namespace probes): however the child's work
 * goes, it ends after a while, saying so on its output, so that the parent reads a reason rather
 * than waits out its own, longer, limit.
 */
public final class ChildWatchdog {

  private ChildWatchdog() {}

  /**
   * Halts this JVM with status 3 after {@code millis}, once {@code prefix + "watchdog: still
   * running, halting"} is written to {@code out}; a daemon thread named {@code name}.
   */
  public static void start(PrintStream out, String prefix, long millis, String name) {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(millis);
                out.println(prefix + "watchdog: still running, halting");
                Runtime.getRuntime().halt(3);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
