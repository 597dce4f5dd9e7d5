package dev.mxbot.configfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a configuration or secret file that must be a regular file (directly or through symbolic
 * links, as Kubernetes mounts them) of at most a given size. Anything else stops with a {@link
 * ConfigException} naming the file and what is wrong: a symbolic link that leads nowhere, a
 * directory, a FIFO, a device, a socket, a file too large. The type is checked before the file is
 * opened, so a FIFO is never opened (which would wait for a writer), and reading stops one byte
 * past the limit, so a device or a growing file never fills the memory.
 */
public final class RegularFile {

  private static final String SPECIAL = "a special file (FIFO, device or socket)";

  private RegularFile() {}

  /**
   * The bytes of {@code file}, which must exist.
   *
   * @param limit the most bytes the file may hold
   * @param shown how messages name the file, e.g. {@code bot-config/guides.yaml}
   */
  public static byte[] read(Path file, int limit, String shown) {
    return readIfPresent(file, limit, shown)
        .orElseThrow(() -> new ConfigException(shown + ": no such file; expected a regular file"));
  }

  /**
   * The bytes of {@code file}; empty when nothing at all is there. A symbolic link whose target
   * does not exist is not "nothing": it is an error like any other.
   */
  public static Optional<byte[]> readIfPresent(Path file, int limit, String shown) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw unreadable(shown, e);
    }
    if (attributes.isSymbolicLink()) {
      attributes = target(file, shown);
    }
    if (!attributes.isRegularFile()) {
      throw new ConfigException(shown + ": expected a regular file, got " + kind(file, attributes));
    }
    if (attributes.size() > limit) {
      throw tooLarge(shown, limit, attributes.size() + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(shown, limit, "more");
      }
      return Optional.of(bytes);
    } catch (IOException e) {
      throw unreadable(shown, e);
    }
  }

  /** What the symbolic link {@code file} leads to, in the end. */
  private static BasicFileAttributes target(Path file, String shown) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          shown
              + ": expected a regular file, got a symbolic link to "
              + linkText(file)
              + ", which leads nowhere");
    } catch (IOException e) {
      throw unreadable(shown, e);
    }
  }

  private static String linkText(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "a missing file";
    }
  }

  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO (named pipe)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> SPECIAL;
      };
    } catch (IOException | RuntimeException noUnixView) {
      return SPECIAL;
    }
  }

  private static ConfigException tooLarge(String shown, int limit, String got) {
    return new ConfigException(
        shown + ": expected a file of at most " + size(limit) + ", got " + got);
  }

  /** {@code 1 MiB}, {@code 64 KiB} or {@code 100 bytes}. */
  static String size(int bytes) {
    if (bytes > 0 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes > 0 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }

  private static ConfigException unreadable(String shown, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      reason = f.getReason();
    } else {
      reason = e.getClass().getSimpleName();
    }
    return new ConfigException(shown + ": cannot read the file (" + reason + ")", e);
  }
}
