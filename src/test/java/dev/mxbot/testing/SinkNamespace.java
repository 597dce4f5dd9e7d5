package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The network namespaces of the tests that prove mxbot contacts nothing it must not: finds {@code
 * unshare} (util-linux) and {@code ip} (iproute2), skips the test (a JUnit assumption) only where
 * no network namespace can be created, writes the shell set-up of veth "sinks" ({@link #sinks}) and
 * runs a child JVM in a new namespace set up that way ({@link #run}).
 *
 * <p>A sink is a veth pair, both ends up, without addresses, ARP or IPv6 link-local addresses; a
 * route to one address leads into it. Whatever the child sends to that address, by any protocol to
 * any port, is transmitted through the sink, counted there ({@link SinkCounters}) and goes no
 * further: the far end is in the same namespace and takes nothing for itself. The default routes
 * (IPv4 and IPv6) lead to one more sink, so a packet to any other non-loopback address counts too.
 */
public final class SinkNamespace {

  private static final List<String> SYSTEM_DIRS =
      List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin");

  private final List<String> unshare;
  private final String ip;

  private SinkNamespace(List<String> unshare, String ip) {
    this.unshare = unshare;
    this.ip = ip;
  }

  /**
   * This machine's way into a new network namespace: {@code unshare -n} as root, else {@code
   * unshare -r -n} where unprivileged user namespaces allow it. Skips the calling test when there
   * is none; fails it when {@code ip} is missing (namespaces work, so the proof must run).
   */
  public static SinkNamespace available() throws IOException, InterruptedException {
    Optional<String> command = find("unshare");
    assumeTrue(command.isPresent(), "skipped: no `unshare` (util-linux), so no network namespace");
    List<String> unshare = null;
    for (List<String> candidate :
        List.of(List.of(command.get(), "-n"), List.of(command.get(), "-r", "-n"))) {
      if (unshare == null && succeeds(candidate, "true")) {
        unshare = candidate;
      }
    }
    assumeTrue(
        unshare != null,
        "skipped: `unshare -n true` is not permitted here (it needs root or CAP_SYS_ADMIN, or"
            + " unprivileged user namespaces), so no network namespace can be created");
    String ip =
        find("ip")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "`ip` is missing: install iproute2 (network namespaces work here)"));
    return new SinkNamespace(unshare, ip);
  }

  /** Fails unless a veth interface can be created in a new network namespace. */
  public SinkNamespace withVeth() throws IOException, InterruptedException {
    assertThat(succeeds(unshare, ip, "link", "add", "mxtcheck", "type", "veth"))
        .as("a veth interface cannot be created in a network namespace: load the kernel's veth")
        .isTrue();
    return this;
  }

  /**
   * The shell lines that make a sink per entry of {@code addressBySink} (interface name, at most 14
   * characters, to address) with a route to that address alone, and {@code elsewhereSink} for the
   * default routes. An IPv6 route the namespace refuses (no IPv6) is reported on a line {@code
   * <prefix>unavailable <address>} and left out; an IPv4 one stops the set-up.
   */
  public static String sinks(
      Map<String, String> addressBySink, String elsewhereSink, String prefix) {
    StringBuilder script =
        new StringBuilder(
            """
            sink() {
              "$ip" link add "$1" type veth peer name "$1p"
              for end in "$1" "$1p"; do
                # no IPv6 link-local address, no ARP: nothing is sent but what the child sends
                "$ip" link set "$end" addrgenmode none 2>/dev/null || true
                "$ip" link set "$end" arp off
                "$ip" link set "$end" up
              done
            }
            """);
    addressBySink.forEach(
        (sink, address) -> {
          script.append("sink %s\n".formatted(sink));
          if (address.contains(":")) {
            script.append(
                "\"$ip\" -6 route add %s/128 dev %s || echo '%sunavailable %s'\n"
                    .formatted(address, sink, prefix, address));
          } else {
            script.append("\"$ip\" route add %s/32 dev %s\n".formatted(address, sink));
          }
        });
    script.append(
        """
        sink %1$s
        "$ip" route add default dev %1$s
        "$ip" -6 route add default dev %1$s || echo 'no IPv6 default route'
        """
            .formatted(elsewhereSink));
    return script.toString();
  }

  /**
   * Runs {@code main} with {@code args} in a child JVM (this JVM's, on this class path) in a new
   * network namespace: {@code lo} up, then {@code setUp} (shell lines, {@code "$ip"} being {@code
   * ip}). Returns the child's output (standard output and error), after asserting that it ended
   * within {@code limitSeconds} with status 0 and printed {@code doneLine}.
   */
  public String run(
      String setUp, Class<?> main, List<String> args, long limitSeconds, String doneLine)
      throws IOException, InterruptedException {
    String script = "set -e\nip=\"$1\"\nshift\n\"$ip\" link set lo up\n" + setUp + "exec \"$@\"\n";
    List<String> command = new ArrayList<>(unshare);
    command.addAll(List.of("sh", "-c", script, "sh", ip));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(main.getName());
    command.addAll(args);

    Path log = Files.createTempFile("namespace-child", ".log");
    try {
      Process child =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      child.getOutputStream().close();
      boolean ended = child.waitFor(limitSeconds, TimeUnit.SECONDS);
      if (!ended) {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(ended).as("the child still ran after " + limitSeconds + " s:\n" + output).isTrue();
      assertThat(child.exitValue()).as("the child's exit status:\n" + output).isZero();
      assertThat(output).contains(doneLine);
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Whether {@code prefix} followed by {@code command} exits with status 0 within 30 s. */
  public static boolean succeeds(List<String> prefix, String... command)
      throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(command));
    Process process =
        new ProcessBuilder(all)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }

  /** The absolute path of {@code name}, from {@code PATH} or the usual system directories. */
  public static Optional<String> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(
            Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty()),
            SYSTEM_DIRS.stream())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }
}
