package dev.mxbot.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Servers left running by an earlier harness whose JVM was killed (so its shutdown hook never ran)
 * would hold port 53. They are found by the pid files that harness wrote under its own directory,
 * and stopped only when the pid still belongs to a knotd or unbound.
 */
final class StaleProcesses {

  private StaleProcesses() {}

  static void stopUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> pidFiles = paths.filter(p -> p.getFileName().toString().endsWith(".pid")).toList();
      for (Path pidFile : pidFiles) {
        stop(pidFile);
      }
    } catch (IOException e) {
      // nothing readable: nothing to stop
    }
  }

  private static void stop(Path pidFile) throws IOException {
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile).trim());
    } catch (NumberFormatException e) {
      return;
    }
    ProcessHandle.of(pid)
        .filter(StaleProcesses::isDnsServer)
        .ifPresent(
            process -> {
              process.destroy();
              process
                  .onExit()
                  .completeOnTimeout(null, 3, java.util.concurrent.TimeUnit.SECONDS)
                  .join();
              if (process.isAlive()) {
                process.destroyForcibly();
              }
            });
  }

  private static boolean isDnsServer(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(Path::of)
        .map(Path::getFileName)
        .map(Path::toString)
        .filter(name -> name.equals("knotd") || name.equals("unbound"))
        .isPresent();
  }
}
