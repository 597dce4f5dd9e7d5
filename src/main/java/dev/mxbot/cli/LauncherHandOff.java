package dev.mxbot.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code java -jar mxbot.jar check …} hands the check to the launcher {@code bin/mxbot}, which runs
 * it with a class cache: a cold check then takes less than half the time and a third of the CPU.
 * Plain {@code java -jar} has no cache and no way to be given one (a jar cannot name JVM flags),
 * and it is how the README and most users run a check. The launcher is the one beside the jar's
 * directory ({@code target/mxbot.jar} → {@code bin/mxbot}, a checkout's) when that file is mxbot's
 * launcher (its first lines say so), else the copy the jar carries, written out to the cache
 * directory ({@link LauncherCopy}) and run by {@code /bin/sh}.
 *
 * <p>Only when nothing else was asked of the JVM: the process was started as exactly {@code java
 * -jar JAR check …} (its command line read from {@code /proc/self/cmdline}, so Linux only; any JVM
 * option before {@code -jar} keeps the check in this JVM, since the launcher would drop it), and
 * {@code MXBOT_CDS} is not {@code off}. The launcher gets this jar ({@code MXBOT_JAR}), this JVM's
 * home when {@code JAVA_HOME} is unset, and {@code MXBOT_HANDOFF=1}, so that nothing it starts
 * hands off again. It shares this process's standard streams; its exit code is this process's.
 * Anything that fails before the launcher starts leaves the check to this JVM, as if there were no
 * launcher.
 */
final class LauncherHandOff {

  /** Set for the launcher's process tree: a check there never hands off again. */
  static final String MARKER = "MXBOT_HANDOFF";

  /** The first bytes of {@code bin/mxbot}. */
  private static final String LAUNCHER_HEADER = "#!/bin/sh\n# mxbot launcher:";

  private static final String COMMAND_LINE = "/proc/self/cmdline";

  private LauncherHandOff() {}

  /**
   * Runs {@code args} through the launcher when it should; the launcher's exit code, or empty when
   * the check is this JVM's to run.
   */
  static OptionalInt run(String[] args) {
    Optional<ProcessBuilder> launch =
        launch(args, commandLine(), System.getenv(), System.getProperty("java.home"));
    if (launch.isEmpty()) {
      return OptionalInt.empty();
    }
    // Ctrl-C reaches the launcher too (one process group); a signal sent to this JVM alone
    // (kill, a supervisor) ends it through its shutdown hooks: the launcher's check goes with it.
    // The hook is there before the launcher starts, so no signal comes between the two.
    Stop stop = new Stop();
    Runtime.getRuntime().addShutdownHook(stop);
    Process process;
    try {
      process = stop.launched(launch.get().start());
    } catch (IOException | RuntimeException e) {
      stop.launched(null);
      return OptionalInt.empty();
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return OptionalInt.of(process.waitFor());
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: the launcher's exit code is this process's
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The launcher's process for {@code args}, when this JVM was started as {@code commandLine}
   * ({@code java -jar JAR check …}) in {@code environment}; empty when the check stays here.
   */
  static Optional<ProcessBuilder> launch(
      String[] args, List<String> commandLine, Map<String, String> environment, String javaHome) {
    if (args.length == 0
        || !args[0].equals("check")
        || environment.containsKey(MARKER)
        || "off".equals(environment.get("MXBOT_CDS"))
        || commandLine.size() != args.length + 3
        || !commandLine.get(1).equals("-jar")
        || !commandLine.subList(3, commandLine.size()).equals(Arrays.asList(args))) {
      return Optional.empty();
    }
    File jar = new File(commandLine.get(2)).getAbsoluteFile();
    File directory = jar.getParentFile() == null ? null : jar.getParentFile().getParentFile();
    File beside = directory == null ? null : new File(new File(directory, "bin"), "mxbot");
    List<String> command = new ArrayList<>(args.length + 2);
    if (beside != null && isLauncher(beside)) {
      command.add(beside.getPath()); // a checkout's launcher, perhaps edited: it comes first
    } else {
      Optional<File> copy = LauncherCopy.in(environment);
      if (copy.isEmpty()) {
        return Optional.empty();
      }
      command.add("/bin/sh");
      command.add(copy.get().getPath());
    }
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> childEnvironment = builder.environment();
    childEnvironment.put(MARKER, "1");
    childEnvironment.put("MXBOT_JAR", jar.getPath());
    childEnvironment.putIfAbsent("JAVA_HOME", javaHome);
    return Optional.of(builder);
  }

  /**
   * The command line this process was started with; empty where {@code /proc} has none. (java.io,
   * whose classes a JVM has loaded already: NIO's file channel would be ~2 ms more to start.)
   */
  static List<String> commandLine() {
    try (InputStream in = new FileInputStream(COMMAND_LINE)) {
      byte[] bytes = in.readAllBytes();
      List<String> words = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          words.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      return words;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Ends the launcher's process when this JVM is made to stop before it. */
  private static final class Stop extends Thread {
    /** How long a stop waits for a launcher being started (its start takes milliseconds). */
    private static final long START_MILLIS = 2000;

    private Process process;
    private boolean settled;

    /** The launcher's process, {@code null} when it could not be started. */
    synchronized Process launched(Process started) {
      process = started;
      settled = true;
      notifyAll();
      return started;
    }

    @Override
    public synchronized void run() {
      // A signal can come while start() is still setting the process up, the launcher running.
      long until = System.nanoTime() + START_MILLIS * 1_000_000;
      try {
        while (!settled && System.nanoTime() < until) {
          wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (process != null) {
        process.destroy();
      }
    }
  }

  /** Whether {@code file} is an executable mxbot launcher. */
  private static boolean isLauncher(File file) {
    if (!file.isFile() || !file.canExecute()) {
      return false;
    }
    byte[] expected = LAUNCHER_HEADER.getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new FileInputStream(file)) {
      return Arrays.equals(in.readNBytes(expected.length), expected);
    } catch (IOException e) {
      return false;
    }
  }
}
