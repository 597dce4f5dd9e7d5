package dev.mxbot.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Servers left running by an earlier harness whose JVM was killed (so its shutdown hook never ran)
 * would hold port 53. They are found by the pid files that harness wrote under its own directory,
 * and stopped only when the pid still belongs to a knotd or unbound.
 */
final class StaleProcesses {

  private static final long GRACE_MILLIS = 3000;

  private StaleProcesses() {}

  static void stopUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<ProcessHandle> stale;
    try (Stream<Path> paths = Files.walk(dir)) {
      stale =
          paths
              .filter(p -> p.getFileName().toString().endsWith(".pid"))
              .map(StaleProcesses::owner)
              .flatMap(Optional::stream)
              .toList();
    } catch (IOException e) {
      return;
    }
    stale.forEach(ProcessHandle::destroy);
    long end = System.currentTimeMillis() + GRACE_MILLIS;
    while (stale.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < end) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    stale.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static Optional<ProcessHandle> owner(Path pidFile) {
    try {
      return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
          .filter(StaleProcesses::isDnsServer);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
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
