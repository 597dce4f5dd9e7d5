package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an attacker (or a slip) can put where a configuration or secret file is expected, each made
 * at {@code path} (which must not exist yet). Each returns how the message says what is there.
 */
public enum SpecialFiles {
  DANGLING_LINK {
    @Override
    public String make(Path path) throws IOException {
      Path nowhere = path.resolveSibling("nowhere-" + path.getFileName());
      Files.createSymbolicLink(path, nowhere);
      return "expected a regular file, got a symbolic link to " + nowhere + ", which leads nowhere";
    }
  },
  FIFO {
    @Override
    public String make(Path path) throws IOException, InterruptedException {
      Process mkfifo;
      try {
        mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      } catch (IOException missing) {
        assumeTrue(false, "mkfifo is not available here");
        throw missing;
      }
      assertThat(mkfifo.waitFor()).as("mkfifo's exit code").isZero();
      return "expected a regular file, got a FIFO (named pipe)";
    }
  },
  DEVICE {
    @Override
    public String make(Path path) throws IOException {
      Path device = Path.of("/dev/null");
      assumeTrue(Files.exists(device), "no /dev/null here");
      Files.createSymbolicLink(path, device);
      return "expected a regular file, got a character device";
    }
  },
  DIRECTORY {
    @Override
    public String make(Path path) throws IOException {
      Files.createDirectory(path);
      Files.writeString(path.resolve("inside.yaml"), "locale: en\n");
      return "expected a regular file, got a directory";
    }
  },
  /** Valid YAML (a key, then comments) of 2 MiB. */
  TWO_MIB_OF_YAML {
    @Override
    public String make(Path path) throws IOException {
      Files.write(path, twoMib("locale: en\n"));
      return "expected a file of at most 1 MiB, got " + (2 << 20) + " bytes";
    }
  };

  /** Creates the thing at {@code path}; returns what the message says after the file's name. */
  public abstract String make(Path path) throws IOException, InterruptedException;

  /** {@code first}, then comment lines up to 2 MiB exactly. */
  public static byte[] twoMib(String first) {
    byte[] bytes = new byte[2 << 20];
    java.util.Arrays.fill(bytes, (byte) '#');
    byte[] start = first.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, bytes, 0, start.length);
    for (int i = start.length + 79; i < bytes.length; i += 80) {
      bytes[i] = '\n';
    }
    return bytes;
  }
}
