package dev.mxbot.checks;

import dev.mxbot.dns.DaemonThreads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Fetches {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} as RFC 8461 §3.3 says senders
 * do, at an address mxbot resolved itself (so DNS data decides nothing mxbot did not check): TLS
 * with SNI and the certificate verified for the host name, HTTP/1.1, status 200 only (a redirect is
 * not followed), {@code text/plain}, a body of at most 64 KiB. Every wait ends by the report's
 * deadline. A plain {@link SSLSocket}: the smallest client that connects to a chosen address and
 * still verifies the name. Blocking I/O on daemon threads of its own; safe for concurrent use.
 */
final class PolicyFetcher {

  /** RFC 8461 §3.3: senders may refuse a larger policy. */
  static final int MAX_BODY = 64 * 1024;

  /** The status line and headers: more is not an MTA-STS server. */
  private static final int MAX_HEAD = 16 * 1024;

  static final String PATH = "/.well-known/mta-sts.txt";

  /** What one fetch ended with. */
  sealed interface Outcome {}

  /** A 200 {@code text/plain} body within the limit, decoded as UTF-8. */
  record Body(String text) implements Outcome {}

  /**
   * Positive evidence that senders get no policy: {@code reason.mtasts.<reason>} and its values.
   */
  record Failed(String reason, Map<String, String> params) implements Outcome {}

  /** No answer by the deadline, or the network failed on this side: proves nothing. */
  record Unreachable(String why) implements Outcome {}

  private final int port;
  private final Optional<Path> extraCertificates;

  /** Built on the first fetch: loading the trust store costs a report that fetches no policy. */
  private volatile SSLContext tls;

  private final ExecutorService threads =
      Executors.newCachedThreadPool(new DaemonThreads("mta-sts-fetch"));

  PolicyFetcher(MtaStsSettings settings) {
    this.port = settings.httpsPort();
    this.extraCertificates = settings.extraCertificates();
  }

  /** The TLS context for policy fetches, made once, when the first policy is fetched. */
  private SSLContext tls() {
    SSLContext context = tls;
    if (context == null) {
      synchronized (this) {
        context = tls;
        if (context == null) {
          context = PolicyTrust.context(extraCertificates);
          tls = context;
        }
      }
    }
    return context;
  }

  /** The port policies are fetched on. */
  int port() {
    return port;
  }

  /**
   * Fetches the policy of {@code host} from each address in turn until one accepts the connection;
   * the addresses must already be allowed ({@code dns.allowPrivateAddresses}). When every address
   * refused the connection, that is the outcome; when any timed out, the fetch is unreachable.
   */
  CompletableFuture<Outcome> fetch(String host, List<InetAddress> addresses, Instant deadline) {
    return CompletableFuture.supplyAsync(() -> fetchAll(host, addresses, deadline), threads);
  }

  private Outcome fetchAll(String host, List<InetAddress> addresses, Instant deadline) {
    Outcome last = new Unreachable("no address");
    boolean allRefused = true;
    for (InetAddress address : addresses) {
      Outcome outcome = fetchOne(host, address, deadline);
      if (!(outcome instanceof Refused) && !(outcome instanceof Unreachable)) {
        return outcome;
      }
      allRefused &= outcome instanceof Refused;
      last = outcome;
    }
    if (allRefused && last instanceof Refused refused) {
      return new Failed("refused", Map.of("address", refused.where()));
    }
    return last instanceof Refused ? new Unreachable("refused") : last;
  }

  /** The connection was refused at {@code where}: try the next address. */
  private record Refused(String where) implements Outcome {}

  private Outcome fetchOne(String host, InetAddress address, Instant deadline) {
    String where = address.getHostAddress() + " port " + port;
    try (Socket plain = new Socket()) {
      try {
        plain.connect(new InetSocketAddress(address, port), left(deadline));
      } catch (DeadlineException | SocketTimeoutException e) {
        return new Unreachable(where);
      } catch (ConnectException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("refused") ? new Refused(where) : new Unreachable(where);
      } catch (IOException e) {
        return new Unreachable(where);
      }
      try (SSLSocket socket =
          (SSLSocket) tls().getSocketFactory().createSocket(plain, host, port, true)) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setServerNames(List.of(new SNIHostName(host)));
        socket.setSSLParameters(parameters);
        try {
          socket.setSoTimeout(left(deadline));
          socket.startHandshake();
        } catch (SocketTimeoutException | DeadlineException e) {
          return new Unreachable(where);
        } catch (IOException e) {
          return new Failed(tlsReason(e), Map.of("address", where));
        }
        return exchange(socket, host, deadline);
      }
    } catch (SocketTimeoutException | DeadlineException e) {
      return new Unreachable(where);
    } catch (IOException e) {
      return new Failed("http_failed", Map.of("address", where));
    }
  }

  /** Why the handshake failed: the trust manager's {@link PolicyTrust.Refusal}, else TLS itself. */
  private static String tlsReason(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PolicyTrust.Refusal refusal) {
        return refusal.reason();
      }
    }
    return "tls_failed"; // a protocol or cipher mismatch, not TLS at all, reset mid-handshake
  }

  private Outcome exchange(SSLSocket socket, String host, Instant deadline) throws IOException {
    String authority = port == 443 ? host : host + ":" + port;
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET "
                + PATH
                + " HTTP/1.1\r\nHost: "
                + authority
                + "\r\nAccept: text/plain\r\nUser-Agent: mxbot\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    Reader in = new Reader(socket, deadline);
    String head = in.head();
    if (head == null) {
      return new Failed("http_malformed", Map.of());
    }
    String[] lines = head.split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/1.") || !status[1].matches("[0-9]{3}")) {
      return new Failed("http_malformed", Map.of());
    }
    if (!status[1].equals("200")) {
      return new Failed("http_status", Map.of("status", status[1]));
    }
    String contentType = null;
    String length = null;
    boolean chunked = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        return new Failed("http_malformed", Map.of());
      }
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      switch (name) {
        case "content-type" -> contentType = value;
        case "content-length" -> length = value;
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        default -> {}
      }
    }
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("text/plain")) {
      return new Failed(
          "content_type", Map.of("contentType", contentType == null ? "" : contentType));
    }
    byte[] body;
    try {
      if (chunked) {
        body = in.chunked();
      } else if (length != null) {
        if (!length.matches("[0-9]{1,18}")) {
          return new Failed("http_malformed", Map.of());
        }
        long size = Long.parseLong(length);
        if (size > MAX_BODY) {
          return new Failed("too_large", Map.of());
        }
        body = in.exactly((int) size);
      } else {
        body = in.untilEnd();
      }
    } catch (TooLarge e) {
      return new Failed("too_large", Map.of());
    } catch (Malformed e) {
      return new Failed("http_malformed", Map.of());
    }
    try {
      return new Body(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString());
    } catch (CharacterCodingException e) {
      return new Failed("policy_encoding", Map.of());
    }
  }

  /** Milliseconds to the deadline, at least 1; past it, the fetch ends. */
  private static int left(Instant deadline) throws DeadlineException {
    long millis = Duration.between(Instant.now(), deadline).toMillis();
    if (millis <= 0) {
      throw new DeadlineException();
    }
    return (int) Math.min(millis, Integer.MAX_VALUE);
  }

  private static final class DeadlineException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Reads the answer byte by byte from a buffer, each wait bounded by the deadline. */
  private static final class Reader {
    private final Socket socket;
    private final InputStream in;
    private final Instant deadline;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    Reader(Socket socket, Instant deadline) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.deadline = deadline;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
      if (position == limit) {
        socket.setSoTimeout(left(deadline));
        int n = in.read(buffer);
        if (n < 0) {
          return -1;
        }
        position = 0;
        limit = n;
      }
      return buffer[position++] & 0xFF;
    }

    /** The status line and headers without the empty line; null when malformed or too long. */
    String head() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int last = 0; // the last four bytes read
      while (head.size() < MAX_HEAD) {
        int b = read();
        if (b < 0) {
          return null;
        }
        head.write(b);
        last = (last << 8) | b;
        if (last == 0x0D0A0D0A) { // "\r\n\r\n"
          String text = head.toString(StandardCharsets.ISO_8859_1);
          return text.substring(0, text.length() - 4);
        }
      }
      return null;
    }

    byte[] exactly(int size) throws IOException {
      byte[] body = new byte[size];
      for (int i = 0; i < size; i++) {
        int b = read();
        if (b < 0) {
          throw new Malformed();
        }
        body[i] = (byte) b;
      }
      return body;
    }

    byte[] untilEnd() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int b = read(); b >= 0; b = read()) {
        if (body.size() == MAX_BODY) {
          throw new TooLarge();
        }
        body.write(b);
      }
      return body.toByteArray();
    }

    byte[] chunked() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String sizeLine = line();
        String hex = sizeLine.split(";", 2)[0].strip();
        if (!hex.matches("[0-9A-Fa-f]{1,7}")) {
          throw new Malformed();
        }
        int size = Integer.parseInt(hex, 16);
        if (size == 0) {
          return body.toByteArray(); // trailers are not read: the connection closes
        }
        if (body.size() + size > MAX_BODY) {
          throw new TooLarge();
        }
        body.write(exactly(size));
        if (!line().isEmpty()) {
          throw new Malformed();
        }
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = read(); b != '\n'; b = read()) {
        if (b < 0 || line.length() > 1024) {
          throw new Malformed();
        }
        line.append((char) b);
      }
      int end = line.length();
      return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
  }
}
