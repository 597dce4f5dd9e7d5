package dev.mxbot.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The launcher {@code bin/mxbot} that the jar carries ({@link EmbeddedLauncher}, made from the file
 * at build time), written out for a {@code java -jar mxbot.jar check} whose jar has no {@code
 * bin/mxbot} beside it: to the directory the launcher keeps its class caches in ({@code
 * $MXBOT_CDS_DIR}, else {@code $XDG_CACHE_HOME/mxbot}, else {@code ~/.cache/mxbot}), as {@code
 * launcher-<checksum>.sh}, so each build's launcher has its own file. A file already there is used
 * only when it holds exactly these bytes; otherwise it is written again, under a temporary name
 * moved into place in one step (concurrent checks never run a half-written file). Plain java.io: a
 * JVM about to hand its check off has loaded those classes already.
 */
final class LauncherCopy {

  private LauncherCopy() {}

  /** The written-out launcher, or empty when there is no cache directory to write it to. */
  static Optional<File> in(Map<String, String> environment) {
    Optional<File> directory = cacheDirectory(environment);
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    byte[] text = EmbeddedLauncher.TEXT.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(text);
    File file = new File(directory.get(), "launcher-" + Long.toHexString(crc.getValue()) + ".sh");
    try {
      if (!holds(file, text)) {
        write(directory.get(), file, text);
      }
      return Optional.of(file);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * As the launcher's own {@code cache=${MXBOT_CDS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mxbot}}.
   */
  static Optional<File> cacheDirectory(Map<String, String> environment) {
    String named = environment.get("MXBOT_CDS_DIR");
    if (named != null && !named.isEmpty()) {
      return Optional.of(new File(named));
    }
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      return Optional.of(new File(xdg, "mxbot"));
    }
    String home = environment.get("HOME");
    if (home == null || home.isEmpty()) {
      return Optional.empty(); // as the launcher: no home, no cache directory
    }
    return Optional.of(new File(new File(home, ".cache"), "mxbot"));
  }

  private static boolean holds(File file, byte[] text) throws IOException {
    if (!file.isFile() || file.length() != text.length) {
      return false;
    }
    try (InputStream in = new FileInputStream(file)) {
      return Arrays.equals(in.readAllBytes(), text);
    }
  }

  private static void write(File directory, File file, byte[] text) throws IOException {
    if (!directory.isDirectory() && !directory.mkdirs() && !directory.isDirectory()) {
      throw new IOException("cannot make " + directory);
    }
    File temporary =
        new File(directory, file.getName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out = new FileOutputStream(temporary)) {
        out.write(text);
      }
      if (!temporary.renameTo(file)) {
        throw new IOException("cannot move " + temporary + " to " + file);
      }
    } finally {
      temporary.delete();
    }
  }
}
