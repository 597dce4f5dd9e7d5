package dev.mxbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wall and CPU time of one child process run to its end, and its exit code (for callers that
 * accept any).
 *
 * <p>Timed to the millisecond by bash's {@code time} keyword when a bash is installed: bash runs
 * the command as its child and prints the wall time it measured around it and the user and system
 * time the kernel charged to its waited-for children ({@code getrusage}, in microseconds); the
 * command's own output goes nowhere. Without bash, the wall time is this JVM's and the CPU time is
 * what the kernel charged to this process's waited-for children ({@code cutime + cstime} of {@code
 * /proc/self/stat}) read before and after: the same quantity, but in clock ticks of 10 ms, as much
 * as a third of a JVM's own start on a quick machine. Either way it counts the child and the
 * processes it waited for, and nothing of this JVM. Linux only; elsewhere the CPU time is unknown
 * (NaN).
 */
record ChildTimes(double wallMillis, double cpuMillis, int exitCode) {

  /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private static final Path STAT = Path.of("/proc/self/stat");

  /** Where a bash is looked for: Debian and most distributions have the first. */
  private static final List<Path> BASHES = List.of(Path.of("/bin/bash"), Path.of("/usr/bin/bash"));

  /**
   * bash's script: real, user and system seconds with three decimals, on its standard error once
   * the command ({@code "$@"}) ended; the command's output and errors discarded.
   */
  static final String TIMED =
      "TIMEFORMAT='mxbot-times %3R %3U %3S'; time \"$@\" >/dev/null 2>/dev/null";

  /** Starts {@code builder}, waits for its end; returns its times and fails on a bad exit code. */
  static ChildTimes run(ProcessBuilder builder, int maxExitCode)
      throws IOException, InterruptedException {
    Optional<Path> bash = BASHES.stream().filter(Files::isExecutable).findFirst();
    ChildTimes times = bash.isPresent() ? timedByBash(bash.get(), builder) : timedHere(builder);
    if (times.exitCode() > maxExitCode) {
      throw new IllegalStateException("exited with " + times.exitCode() + ": " + builder.command());
    }
    return times;
  }

  /** The command run by bash's {@code time}, in the builder's directory and environment. */
  static ChildTimes timedByBash(Path bash, ProcessBuilder builder)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(bash.toString(), "-c", TIMED, "bash"));
    command.addAll(builder.command());
    ProcessBuilder timed =
        new ProcessBuilder(command)
            .directory(builder.directory())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    timed.environment().clear();
    timed.environment().putAll(builder.environment());
    Process process = timed.start();
    String errors;
    try (InputStream in = process.getErrorStream()) {
      errors = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = process.waitFor();
    return parse(errors, exit)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "bash printed no times for " + builder.command() + ": " + errors.strip()));
  }

  /**
   * The times bash printed ({@link #TIMED}) on its standard error, {@code errors}: the last line
   * that has them (its decimal point a point or the locale's comma); empty when none has.
   */
  static Optional<ChildTimes> parse(String errors, int exitCode) {
    List<String> lines = errors.lines().toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      String[] fields = lines.get(i).strip().split(" ");
      if (fields.length == 4 && fields[0].equals("mxbot-times")) {
        try {
          long cpu = millis(fields[2]) + millis(fields[3]);
          return Optional.of(new ChildTimes(millis(fields[1]), cpu, exitCode));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Seconds with three decimals, as bash prints them, in whole milliseconds. */
  private static long millis(String field) {
    return Math.round(Double.parseDouble(field.replace(',', '.')) * 1000);
  }

  /** The command started from this JVM, its CPU time from {@code /proc} in clock ticks. */
  private static ChildTimes timedHere(ProcessBuilder builder)
      throws IOException, InterruptedException {
    Optional<Double> before = childCpuMillis();
    long begin = System.nanoTime();
    int exit = builder.start().waitFor();
    double wall = (System.nanoTime() - begin) / 1e6;
    Optional<Double> after = childCpuMillis();
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
