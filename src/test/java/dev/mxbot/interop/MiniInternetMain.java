package dev.mxbot.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Starts the {@link MiniInternet} outside a test, for tools that want to look at it beside mxbot
 * (see {@code src/test/scripts/zonemaster-side-by-side.sh}), and keeps it running until standard
 * input closes. Prints one line per fact, then {@code ready}:
 *
 * <pre>
 * root 127.N.10.1
 * hints /abs/path/target/mini-internet/root.hints
 * resolver 127.N.20.53:53
 * port 53
 * zone ovh-customer.it
 * ...
 * ready
 * </pre>
 *
 * <p>The hints file is a root hints master file ({@code a.root-servers.net} at the fake root's
 * address), the form {@code zonemaster-cli --hints} and resolvers read. Needs what the interop
 * tests need: knotd, knotc, keymgr, unbound, root.
 */
public final class MiniInternetMain {

  private MiniInternetMain() {}

  /**
   * Starts the mini internet under {@code args[0]} (default {@link MiniInternet#DEFAULT_DIR}).
   *
   * @param args optional directory to build it in (emptied first)
   */
  public static void main(String[] args) throws IOException {
    MiniInternet.unavailableReason()
        .ifPresent(
            reason -> {
              System.err.println(reason);
              System.exit(2);
            });
    Path dir = args.length > 0 ? Path.of(args[0]) : MiniInternet.DEFAULT_DIR;
    try (MiniInternet internet = MiniInternet.start(dir)) {
      Path hints = dir.resolve("root.hints").toAbsolutePath();
      Files.writeString(
          hints,
          ". 3600000 NS a.root-servers.net.\n"
              + "a.root-servers.net. 3600000 A "
              + Loopback.ROOT
              + "\n");
      System.out.println("root " + Loopback.ROOT);
      System.out.println("hints " + hints);
      System.out.println(
          "resolver "
              + internet.resolver().getAddress().getHostAddress()
              + ":"
              + internet.resolver().getPort());
      System.out.println("port " + internet.authoritativePort());
      for (String zone : zones()) {
        System.out.println("zone " + zone);
      }
      System.out.println("ready");
      System.out.flush();
      drain(System.in);
    }
  }

  /** The customer zones, one line each even when two versions are served. */
  private static Set<String> zones() {
    Set<String> zones = new LinkedHashSet<>();
    CustomerPlacements.all().forEach(p -> zones.add(p.zone().domain()));
    return zones;
  }

  /** Returns when {@code in} reaches its end: the caller closed it, or exited. */
  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // nothing to read: only the end matters
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
