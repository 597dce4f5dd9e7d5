package dev.mxbot.checks.smtp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One SMTP conversation with one MX address: connect, banner (220), EHLO, STARTTLS if offered, the
 * TLS handshake, then QUIT. It sends nothing else: never {@code MAIL FROM}, so no mail is ever
 * sent. The handshake accepts any certificate so that the chain can be judged afterwards (PKIX by
 * {@link CertificateJudge}, DANE by the TLSA records): nothing is sent over the TLS session but
 * QUIT. Every step is bounded by the conversation's end; the socket is closed when it is reached.
 */
public final class SmtpConversation {

  /** Closes the sockets of conversations whose end has come (one daemon thread for all). */
  private static final ScheduledExecutorService WATCHDOG = watchdog();

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor watchdog =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "smtp-probe-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    watchdog.setRemoveOnCancelPolicy(true); // a finished conversation leaves nothing queued
    return watchdog;
  }

  private final Clock clock;
  private final String heloName;

  /** The report's deadline of the conversation running on this thread. */
  private final ThreadLocal<Instant> deadline = new ThreadLocal<>();

  /**
   * @param clock for the conversation's end
   * @param heloName the name said in EHLO ({@code smtp.heloName})
   */
  public SmtpConversation(Clock clock, String heloName) {
    this.clock = clock;
    this.heloName = heloName;
  }

  /**
   * Probes {@code address:port}, presenting {@code host} in SNI (the MX host name, without the
   * trailing dot); gives up at {@code end} (its timeout, never after {@code deadline}). A step cut
   * off by {@code deadline}, the report's, concludes nothing ({@link SmtpOutcome.Late}); one cut
   * off by the timeout is the server's silence.
   */
  public SmtpOutcome probe(
      InetAddress address, int port, String host, Instant end, Instant deadline) {
    this.deadline.set(deadline);
    try {
      return probe(address, port, host, end);
    } finally {
      this.deadline.remove();
    }
  }

  private SmtpOutcome probe(InetAddress address, int port, String host, Instant end) {
    String shown = address.getHostAddress();
    if (millisLeft(end) <= 0) {
      return late(end, shown, "timeout");
    }
    try (Socket socket = new Socket()) {
      ScheduledFuture<?> guard = guard(socket, end);
      try {
        try {
          socket.connect(new InetSocketAddress(address, port), timeout(end));
        } catch (ConnectException e) {
          return late(end, shown, "refused");
        } catch (SocketTimeoutException e) {
          return late(end, shown, "timeout");
        } catch (IOException e) {
          return late(end, shown, "refused");
        }
        return converse(socket, shown, host, end);
      } finally {
        guard.cancel(false);
      }
    } catch (IOException closing) {
      return late(end, shown, "broken");
    }
  }

  /**
   * Closes {@code socket} at {@code end}: a read already blocked then returns at once, so a server
   * dripping bytes cannot stretch the conversation past its end.
   */
  private ScheduledFuture<?> guard(Socket socket, Instant end) {
    return WATCHDOG.schedule(
        () -> {
          try {
            socket.close();
          } catch (IOException e) {
            // closed already
          }
        },
        Math.max(0, millisLeft(end)),
        TimeUnit.MILLISECONDS);
  }

  /** Connects and reads the banner only, then QUIT: is anything SMTP reachable from here? */
  public boolean reachable(InetAddress address, int port, Instant end) {
    try (Socket socket = new Socket()) {
      ScheduledFuture<?> guard = guard(socket, end);
      try {
        socket.connect(new InetSocketAddress(address, port), timeout(end));
        socket.setSoTimeout(timeout(end));
        SmtpReplies replies =
            new SmtpReplies(
                new BufferedInputStream(socket.getInputStream()), () -> millisLeft(end));
        replies.read();
        send(socket.getOutputStream(), "QUIT");
        return true;
      } finally {
        guard.cancel(false);
      }
    } catch (IOException e) {
      return false;
    }
  }

  private SmtpOutcome converse(Socket socket, String shown, String host, Instant end)
      throws IOException {
    socket.setSoTimeout(timeout(end));
    BufferedInputStream plainIn = new BufferedInputStream(socket.getInputStream());
    OutputStream out = socket.getOutputStream();
    SmtpReplies replies = new SmtpReplies(plainIn, () -> millisLeft(end));
    SmtpReplies.Reply banner;
    try {
      banner = replies.read();
    } catch (SocketTimeoutException e) {
      return late(end, shown, "no_banner");
    } catch (IOException e) {
      return late(end, shown, "no_banner");
    }
    if (banner.code() != 220) {
      quietQuit(out);
      return new SmtpOutcome.Unreachable(shown, "rejected");
    }
    try {
      send(out, "EHLO " + heloName);
      SmtpReplies.Reply ehlo = replies.read();
      if (ehlo.code() != 250) {
        // Senders fall back to HELO, which has no extensions: no STARTTLS either.
        quietQuit(out);
        return new SmtpOutcome.NoTls(shown, "ehlo_refused");
      }
      if (!offersStartTls(ehlo)) {
        quietQuit(out);
        return new SmtpOutcome.NoTls(shown, "not_offered");
      }
      send(out, "STARTTLS");
      SmtpReplies.Reply ready = replies.read();
      if (ready.code() != 220) {
        quietQuit(out);
        return new SmtpOutcome.NoTls(shown, "refused");
      }
      if (plainIn.available() > 0) {
        // Bytes after the 220 would be read as if they came over TLS (CVE-2011-0411 style).
        return new SmtpOutcome.NoTls(shown, "handshake");
      }
      return handshake(socket, shown, host, end);
    } catch (SocketTimeoutException e) {
      return late(end, shown, "timeout");
    } catch (IOException e) {
      return late(end, shown, "broken");
    }
  }

  private SmtpOutcome handshake(Socket socket, String shown, String host, Instant end)
      throws IOException {
    SSLSocket tls;
    try {
      tls =
          (SSLSocket)
              keepAll()
                  .getSocketFactory()
                  .createSocket(socket, host, socket.getPort(), /* autoClose= */ false);
      SSLParameters parameters = tls.getSSLParameters();
      try {
        parameters.setServerNames(List.of(new SNIHostName(host)));
      } catch (IllegalArgumentException notAHostName) {
        // no SNI for a name the JDK refuses
      }
      tls.setSSLParameters(parameters);
      tls.setUseClientMode(true);
      tls.setSoTimeout(timeout(end));
      tls.startHandshake();
    } catch (SocketTimeoutException e) {
      return late(end, shown, "timeout");
    } catch (SSLException e) {
      SmtpOutcome cut = late(end, shown, "handshake");
      return cut instanceof SmtpOutcome.Late ? cut : new SmtpOutcome.NoTls(shown, "handshake");
    }
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate certificate : tls.getSession().getPeerCertificates()) {
      if (certificate instanceof X509Certificate x509) {
        chain.add(x509);
      }
    }
    String protocol = tls.getSession().getProtocol();
    try {
      send(tls.getOutputStream(), "QUIT");
      new SmtpReplies(new BufferedInputStream(tls.getInputStream()), () -> millisLeft(end)).read();
    } catch (IOException e) {
      // the chain is what was wanted; a server that drops the line at QUIT changes nothing
    }
    try {
      tls.close();
    } catch (IOException e) {
      // closing
    }
    return chain.isEmpty()
        ? new SmtpOutcome.NoTls(shown, "handshake")
        : new SmtpOutcome.Tls(shown, chain, protocol);
  }

  /** True when one line of the EHLO reply (after the greeting) is the STARTTLS keyword. */
  static boolean offersStartTls(SmtpReplies.Reply ehlo) {
    return ehlo.lines().stream()
        .skip(1)
        .map(line -> line.strip().toUpperCase(Locale.ROOT))
        .anyMatch(line -> line.equals("STARTTLS") || line.startsWith("STARTTLS "));
  }

  /** Late when the report's deadline has come, else unreachable for {@code reason}. */
  private SmtpOutcome late(Instant end, String shown, String reason) {
    Instant cut = deadline.get() == null ? end : deadline.get();
    return millisLeft(cut) <= 0
        ? new SmtpOutcome.Late(shown)
        : new SmtpOutcome.Unreachable(shown, reason);
  }

  private static void send(OutputStream out, String command) throws IOException {
    out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void quietQuit(OutputStream out) {
    try {
      send(out, "QUIT");
    } catch (IOException e) {
      // leaving anyway
    }
  }

  private long millisLeft(Instant end) {
    return Duration.between(clock.instant(), end).toMillis();
  }

  /** The socket timeout for the time left: at least 1 ms (0 would mean "forever"). */
  private int timeout(Instant end) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millisLeft(end)));
  }

  /** A TLS context that completes every handshake and keeps the chain for later judgement. */
  private static SSLContext keepAll() throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new KeepingTrust()}, new SecureRandom());
      return context;
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException("no TLS in this JVM", e);
    }
  }

  /** Accepts any server chain: the probe judges it after the handshake, and sends no mail. */
  private static final class KeepingTrust implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws java.security.cert.CertificateException {
      throw new java.security.cert.CertificateException("client side only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // judged later by CertificateJudge and the TLSA records
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
