package dev.mxbot.interop;

import dev.mxbot.testing.TestCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A real Postfix (Debian's) run by the test, never as a system service: its own configuration
 * directory ({@code main.cf}, {@code master.cf}), queue and data directories under the test's
 * directory, one {@code smtpd} on a loopback address and high port, STARTTLS with a certificate of
 * the test's CA, logging to the test's output ({@code maillog_file = /dev/stdout}). Started with
 * {@code postfix -c DIR start-fg} as a child of the JVM; {@link #close()} runs {@code postfix -c
 * DIR stop}, then ends the child. Needs root (Postfix's master drops to {@code mail_owner}).
 */
final class PostfixServer implements AutoCloseable {

  private static final Duration READY = Duration.ofSeconds(20);

  private final Path config;
  private final String address;
  private final int port;
  private final DaemonProcess process;

  private PostfixServer(Path config, String address, int port, DaemonProcess process) {
    this.config = config;
    this.address = address;
    this.port = port;
    this.process = process;
  }

  /** Why Postfix cannot run here; empty when it can. */
  static Optional<String> unavailableReason() {
    if (Commands.find("postfix").isEmpty()
        || !Files.isExecutable(Path.of("/usr/lib/postfix/sbin/master"))) {
      return Optional.of(
          "Postfix interop skipped: postfix not installed (apt-get install --no-install-recommends"
              + " postfix, with a policy-rc.d that keeps the service from starting)");
    }
    return MiniInternet.unavailableReason();
  }

  /**
   * Starts Postfix in {@code dir} on {@code address} and a free high port, presenting the key and
   * chain of {@code keyStore} (made by {@link TestCertificates}) after STARTTLS; returns when it
   * greets. {@code dir} and its parents up to a test's temporary directory must be traversable by
   * the {@code postfix} user: they are made {@code rwxr-xr-x} from {@code dir.getParent()} down.
   */
  static PostfixServer start(Path dir, String address, Path keyStore) {
    try {
      Files.createDirectories(dir);
      for (Path open : List.of(dir.getParent(), dir)) {
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      Path config = Files.createDirectories(dir.resolve("etc"));
      Path queue = Files.createDirectories(dir.resolve("queue"));
      Path data = Files.createDirectories(dir.resolve("data"));
      for (String sub : List.of("pid", "private", "public")) {
        Files.createDirectories(queue.resolve(sub));
      }
      UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
      for (Path owned : List.of(queue.resolve("private"), queue.resolve("public"), data)) {
        Files.setOwner(owned, users.lookupPrincipalByName("postfix"));
      }
      Files.getFileAttributeView(queue.resolve("public"), PosixFileAttributeView.class)
          .setGroup(users.lookupPrincipalByGroupName("postdrop"));
      writePem(keyStore, config.resolve("key.pem"), config.resolve("chain.pem"));
      int port = freePort(address);
      Files.writeString(config.resolve("main.cf"), mainCf(config, queue, data, "may"));
      Files.writeString(
          config.resolve("master.cf"),
          String.join(
              "\n",
              address + ":" + port + " inet n - n - - smtpd",
              "anvil unix - - n - 1 anvil",
              "tlsmgr unix - - n 1000? 1 tlsmgr",
              "postlog unix-dgram n - n - 1 postlogd",
              "proxymap unix - - n - - proxymap",
              "cleanup unix n - n - 0 cleanup",
              "rewrite unix - - n - - trivial-rewrite",
              ""));
      DaemonProcess process =
          DaemonProcess.start(
              "postfix",
              dir.resolve("postfix.log"),
              List.of(Commands.require("postfix"), "-c", config.toString(), "start-fg"));
      PostfixServer server = new PostfixServer(config, address, port, process);
      server.awaitGreeting();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("cannot set up Postfix in " + dir, e);
    }
  }

  private static String mainCf(Path config, Path queue, Path data, String tlsLevel) {
    return String.join(
        "\n",
        "compatibility_level = 3.6",
        "queue_directory = " + queue,
        "data_directory = " + data,
        "command_directory = /usr/sbin",
        "daemon_directory = /usr/lib/postfix/sbin",
        "meta_directory = /etc/postfix",
        "mail_owner = postfix",
        "setgid_group = postdrop",
        // "all": the listener's own address is in master.cf; a named 127.x address that no
        // interface carries would make master refuse to start.
        "inet_interfaces = all",
        "inet_protocols = ipv4",
        "myhostname = postfix.mxbot.test",
        "mydestination =",
        "alias_maps =",
        "alias_database =",
        "maillog_file = /dev/stdout",
        "smtpd_tls_security_level = " + tlsLevel,
        "smtpd_tls_cert_file = " + config.resolve("chain.pem"),
        "smtpd_tls_key_file = " + config.resolve("key.pem"),
        "");
  }

  /** The port it listens on: {@code smtp.port}. */
  int port() {
    return port;
  }

  /** Turns STARTTLS off ({@code smtpd_tls_security_level = none}) and reloads. */
  void disableStartTls() {
    Commands.run(
        Duration.ofSeconds(20),
        Commands.require("postconf"),
        "-c",
        config.toString(),
        "-e",
        "smtpd_tls_security_level = none");
    Commands.run(
        Duration.ofSeconds(20), Commands.require("postfix"), "-c", config.toString(), "reload");
  }

  private void awaitGreeting() {
    Instant end = Instant.now().plus(READY);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Postfix exited:\n" + process.logTail());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, port), 1000);
        socket.setSoTimeout(2000);
        byte[] greeting = new byte[4];
        InputStream in = socket.getInputStream();
        if (in.readNBytes(greeting, 0, 4) == 4
            && new String(greeting, StandardCharsets.US_ASCII).startsWith("220")) {
          socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    close();
    throw new IllegalStateException("Postfix did not greet within " + READY + ":\n" + logTail());
  }

  String logTail() {
    return process.logTail();
  }

  @Override
  public void close() {
    try {
      Commands.run(
          Duration.ofSeconds(20), Commands.require("postfix"), "-c", config.toString(), "stop");
    } catch (IllegalStateException notRunning) {
      // already stopped
    }
    process.close();
  }

  private static int freePort(String address) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(address, 0));
      return probe.getLocalPort();
    }
  }

  /** The key (PKCS#8) and the chain (server's first) of a PKCS12 store, as PEM files. */
  private static void writePem(Path keyStore, Path keyFile, Path chainFile) throws IOException {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      char[] password = TestCertificates.PASSWORD.toCharArray();
      store.load(in, password);
      Key key = store.getKey("leaf", password);
      List<String> chain = new ArrayList<>();
      for (Certificate certificate : store.getCertificateChain("leaf")) {
        chain.add(pem("CERTIFICATE", certificate.getEncoded()));
      }
      Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
      Files.writeString(chainFile, String.join("", chain));
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException("cannot read " + keyStore, e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
