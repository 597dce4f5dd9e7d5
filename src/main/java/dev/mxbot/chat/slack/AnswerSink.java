package dev.mxbot.chat.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code response_url} of {@link SlackWarmUp}'s commands: a minimal HTTP/1.1 listener on a free
 * loopback port, inside the process, that reads each POST (kept-alive connections, {@code
 * Content-Length} or chunked bodies), answers {@code 200 ok}, counts it and throws the body away.
 * It lives only while the warm-up runs.
 */
final class AnswerSink implements AutoCloseable {

  private static final int MAX_HEAD = 16 * 1024;
  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
          .getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket socket;
  private final AtomicInteger received = new AtomicInteger();

  private AnswerSink(ServerSocket socket) {
    this.socket = socket;
  }

  /** Listens on {@code 127.0.0.1} (a free port) until {@link #close()}. */
  static AnswerSink start() throws IOException {
    AnswerSink sink = new AnswerSink(new ServerSocket(0, 64, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(sink::accept, "slack-warm-up-sink");
    acceptor.setDaemon(true);
    acceptor.start();
    return sink;
  }

  /** The address to give as {@code response_url}, ending in {@code path}. */
  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  /** Answers received so far. */
  int received() {
    return received.get();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a listener we own: nothing to add
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        Thread reader = new Thread(() -> serve(connection), "slack-warm-up-sink-connection");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Answers the requests of one connection until the peer closes it. */
  private void serve(Socket connection) {
    try (connection) {
      connection.setSoTimeout(30_000);
      InputStream in = connection.getInputStream();
      OutputStream out = connection.getOutputStream();
      while (!socket.isClosed()) {
        String head = head(in);
        if (head == null) {
          return;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("\ntransfer-encoding: chunked")) {
          skipChunks(in);
        } else {
          in.skipNBytes(contentLength(lower));
        }
        received.incrementAndGet();
        out.write(OK);
        out.flush();
        if (lower.contains("\nconnection: close")) {
          return;
        }
      }
    } catch (SocketException | java.io.EOFException gone) {
      // the client went away
    } catch (IOException | RuntimeException e) {
      // a broken request: the connection is dropped, the warm-up goes on
    }
  }

  /** The request line and headers, or null at the end of the stream. */
  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD) {
        throw new IOException("request head too long");
      }
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static long contentLength(String lowerHead) {
    int at = lowerHead.indexOf("\ncontent-length:");
    if (at < 0) {
      return 0;
    }
    int end = lowerHead.indexOf('\r', at + 1);
    return Long.parseLong(lowerHead.substring(at + "\ncontent-length:".length(), end).strip());
  }

  private static void skipChunks(InputStream in) throws IOException {
    while (true) {
      String line = line(in);
      int semicolon = line.indexOf(';');
      long size = Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).strip(), 16);
      if (size == 0) {
        while (!line(in).isEmpty()) {
          // trailers
        }
        return;
      }
      in.skipNBytes(size);
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new java.io.EOFException();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
