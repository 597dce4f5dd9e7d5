package dev.mxbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An in-process SMTP server on one loopback address, for the probe's scenarios: real sockets, real
 * TLS after STARTTLS (a key store made by {@link TestCertificates}), and the faults a hostile or
 * broken MX shows ({@link Behaviour}). It answers EHLO, STARTTLS and QUIT only; it records the
 * commands it received, so a test can assert that no mail was ever offered ({@code MAIL FROM}).
 */
public final class FakeSmtpServer implements AutoCloseable {

  /** How the server behaves after accepting a connection. */
  public enum Behaviour {
    /** Banner, EHLO with STARTTLS, TLS, QUIT: a well-run MX. */
    STARTTLS,
    /** Banner and EHLO without STARTTLS. */
    NO_STARTTLS,
    /** Banner, then EHLO refused with 502 (a server that speaks only HELO). */
    EHLO_REFUSED,
    /** Accepts the connection and never says anything. */
    SILENT,
    /** Banner, then an EHLO reply line of a megabyte. */
    HUGE_LINE,
    /** Banner, then an EHLO reply of 100 000 continuation lines. */
    ENDLESS_REPLY,
    /** Sends the banner one byte every 200 ms, forever. */
    DRIP
  }

  private final ServerSocket socket;
  private final Behaviour behaviour;
  private final SSLContext tls;
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private FakeSmtpServer(ServerSocket socket, Behaviour behaviour, SSLContext tls) {
    this.socket = socket;
    this.behaviour = behaviour;
    this.tls = tls;
    Thread accepting = new Thread(this::accept, "fake-smtp-" + socket.getLocalSocketAddress());
    accepting.setDaemon(true);
    accepting.start();
  }

  /**
   * Starts a server on {@code address}:{@code port} ({@code 0}: a free port, then the others of a
   * test share it, as {@code smtp.port} is one for all hosts). {@code keyStore}: the certificate
   * after STARTTLS (may be null unless {@code behaviour} is {@link Behaviour#STARTTLS}).
   */
  public static FakeSmtpServer start(String address, int port, Behaviour behaviour, Path keyStore) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
      return new FakeSmtpServer(socket, behaviour, keyStore == null ? null : context(keyStore));
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + address + ":" + port, e);
    }
  }

  private static SSLContext context(Path keyStore) {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, TestCertificates.PASSWORD.toCharArray());
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, TestCertificates.PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + keyStore, e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /** The command lines received (before and after STARTTLS), e.g. {@code EHLO mxbot.invalid}. */
  public List<String> commands() {
    return List.copyOf(commands);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = socket.accept();
        connections.incrementAndGet();
        open.add(client);
        Thread serving = new Thread(() -> serve(client), "fake-smtp-client");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(30_000); // a test's stray connection does not outlive it for long
      OutputStream out = client.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      switch (behaviour) {
        case SILENT -> {
          in.read(); // until the client leaves
          return;
        }
        case DRIP -> {
          byte[] banner = "220 slow.example ESMTP\r\n".getBytes(StandardCharsets.US_ASCII);
          while (!closed) {
            for (byte b : banner) {
              out.write(b);
              out.flush();
              Thread.sleep(200);
            }
          }
          return;
        }
        default -> write(out, "220 fake.example ESMTP ready");
      }
      String line;
      while ((line = in.readLine()) != null) {
        commands.add(line);
        String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
        switch (verb) {
          case "EHLO" -> ehlo(out);
          case "STARTTLS" -> {
            if (behaviour != Behaviour.STARTTLS) {
              write(out, "502 5.5.1 not here");
              continue;
            }
            write(out, "220 2.0.0 go ahead");
            secured(client);
            return;
          }
          case "QUIT" -> {
            write(out, "221 2.0.0 bye");
            return;
          }
          default -> write(out, "502 5.5.2 not implemented");
        }
      }
    } catch (IOException e) {
      // the client left
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void ehlo(OutputStream out) throws IOException {
    switch (behaviour) {
      case HUGE_LINE -> write(out, "250-" + "x".repeat(1 << 20));
      case ENDLESS_REPLY -> {
        StringBuilder reply = new StringBuilder();
        for (int i = 0; i < 100_000 && !closed; i++) {
          reply.append("250-PIPELINING\r\n");
          if (reply.length() > 8192) {
            out.write(reply.toString().getBytes(StandardCharsets.US_ASCII));
            reply.setLength(0);
          }
        }
        out.write(reply.toString().getBytes(StandardCharsets.US_ASCII));
        write(out, "250 SIZE 1000");
      }
      case EHLO_REFUSED -> write(out, "502 5.5.2 Error: command not recognized");
      case STARTTLS -> {
        write(out, "250-fake.example");
        write(out, "250-PIPELINING");
        write(out, "250 STARTTLS");
      }
      default -> {
        write(out, "250-fake.example");
        write(out, "250 PIPELINING");
      }
    }
  }

  private void secured(Socket client) throws IOException {
    SSLSocket secure =
        (SSLSocket) tls.getSocketFactory().createSocket(client, null, client.getPort(), false);
    secure.setUseClientMode(false);
    secure.startHandshake();
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(secure.getInputStream(), StandardCharsets.US_ASCII));
    String line;
    while ((line = in.readLine()) != null) {
      commands.add(line);
      if (line.equalsIgnoreCase("QUIT")) {
        write(secure.getOutputStream(), "221 2.0.0 bye");
        return;
      }
      write(secure.getOutputStream(), "502 5.5.2 not implemented");
    }
  }

  private static void write(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing
    }
    for (Socket client : open) {
      try {
        client.close();
      } catch (IOException e) {
        // closing
      }
    }
  }
}
