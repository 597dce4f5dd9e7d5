package dev.mxbot.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL from Debian for tests: {@code initdb} into a temporary directory, {@code
 * postgres} on its own port on 127.0.0.1 (no Unix socket outside that directory), as the {@code
 * postgres} user when the tests run as root (PostgreSQL refuses root), else as the current user;
 * never the system's service. Each {@link #createDatabase} gives a fresh database, so the store's
 * tests and the later watch tests share one server. Missing binaries skip the test, or fail it
 * under {@code CI=true} ({@code .ci/run} installs {@code postgresql}). {@link #close()} stops the
 * server and deletes its directory.
 */
public final class PostgresServer implements AutoCloseable {

  /** The superuser initdb creates; trusted on loopback (the server listens nowhere else). */
  public static final String USER = "mxbot_test";

  private final Path dir;
  private final Path bin;
  private final int port;
  private final boolean asPostgres;
  private Process process;
  private int databases;

  private PostgresServer(Path dir, Path bin, int port, boolean asPostgres) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** Initialises and starts a server; skips (or fails under CI=true) when PostgreSQL is missing. */
  public static PostgresServer start() throws Exception {
    Path bin = binaries();
    String missing = "PostgreSQL's initdb/postgres not found under /usr/lib/postgresql/*/bin";
    if (bin == null && "true".equals(System.getenv("CI"))) {
      fail(missing + ", and CI=true: .ci/run installs postgresql");
    }
    assumeTrue(bin != null, missing + ": skipped outside CI");
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("mxbot-pg");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()), Duration.ofSeconds(10));
    }
    PostgresServer server = new PostgresServer(dir, bin, freePort(), root);
    try {
      server.init();
      server.launch();
      return server;
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  /** A new, empty database; its JDBC URL. */
  public synchronized String createDatabase() throws SQLException {
    String name = "mxbot_" + (++databases);
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  /** The JDBC URL of {@code database} on this server. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  private void init() throws Exception {
    Path data = dir.resolve("data");
    List<String> command =
        new ArrayList<>(
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync"));
    run(as(command), Duration.ofMinutes(2));
  }

  private void launch() throws Exception {
    List<String> command =
        List.of(
            bin.resolve("postgres").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-p",
            String.valueOf(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories=" + dir,
            "-c",
            "fsync=off",
            "-c",
            "max_connections=40");
    process =
        new ProcessBuilder(as(command))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try (Connection c = DriverManager.getConnection(url("postgres"), USER, "")) {
        if (c.isValid(5)) {
          return;
        }
      } catch (SQLException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "PostgreSQL did not start: " + Files.readString(dir.resolve("server.log")), notYet);
        }
        Thread.sleep(100);
      }
    }
  }

  private List<String> as(List<String> command) {
    if (!asPostgres) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy(); // SIGTERM: smart shutdown
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind
    }
  }

  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .filter(b -> Files.isExecutable(b.resolve("postgres")))
          .max(Comparator.comparing(Path::toString))
          .orElse(null);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket =
        new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static void run(List<String> command, Duration limit) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
  }
}
