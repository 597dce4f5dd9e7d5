package dev.mxbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The wall and CPU time of one child process run to its end. The CPU time is what the kernel
 * charged to this process's waited-for children ({@code cutime + cstime} of {@code
 * /proc/self/stat}, in clock ticks of 10 ms), read before and after: so it counts the child and the
 * processes it waited for, and nothing of this JVM. Linux only; elsewhere the CPU time is unknown
 * (NaN). The exit code too, for callers that accept any.
 */
record ChildTimes(double wallMillis, double cpuMillis, int exitCode) {

  /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private static final Path STAT = Path.of("/proc/self/stat");

  /** Starts {@code builder}, waits for its end; returns its times and fails on a bad exit code. */
  static ChildTimes run(ProcessBuilder builder, int maxExitCode)
      throws IOException, InterruptedException {
    Optional<Double> before = childCpuMillis();
    long begin = System.nanoTime();
    int exit = builder.start().waitFor();
    double wall = (System.nanoTime() - begin) / 1e6;
    Optional<Double> after = childCpuMillis();
    if (exit > maxExitCode) {
      throw new IllegalStateException("exited with " + exit + ": " + builder.command());
    }
    double cpu = before.isPresent() && after.isPresent() ? after.get() - before.get() : Double.NaN;
    return new ChildTimes(wall, cpu, exit);
  }

  /** {@code cutime + cstime} of this process in ms, when {@code /proc} has them. */
  private static Optional<Double> childCpuMillis() {
    try {
      String stat = Files.readString(STAT);
      // after the command name in parentheses: field 3 (state) onwards; cutime/cstime are 16/17
      List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
      double ticks = Double.parseDouble(fields.get(13)) + Double.parseDouble(fields.get(14));
      return Optional.of(ticks * 1000 / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
