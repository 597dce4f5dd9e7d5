package dev.mxbot.checks.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Reads SMTP replies (RFC 5321 §4.2) from a hostile server: one line at a time, at most {@link
 * #LINE_MAX} bytes a line and {@link #LINES_MAX} lines a reply, and never past the connection's end
 * time (a server dripping one byte at a time is cut off at that end, not per byte).
 */
final class SmtpReplies {

  /** RFC 5321 §4.5.3.1.5 allows 512 octets a reply line; this leaves room for sloppy servers. */
  static final int LINE_MAX = 2048;

  /** Lines of one multi-line reply (an EHLO answer has a dozen at most). */
  static final int LINES_MAX = 64;

  /** A reply: its three-digit code and its lines' text after the code. */
  record Reply(int code, List<String> lines) {
    boolean positive() {
      return code >= 200 && code < 400;
    }
  }

  /** The server broke the protocol (no code, a line too long, too many lines) or went silent. */
  static final class Broken extends IOException {
    private static final long serialVersionUID = 1L;

    Broken(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final LongSupplier millisLeft;

  /**
   * @param in the connection's input (the socket's timeout is set by the caller)
   * @param millisLeft the time left until the connection's end; reading stops at zero
   */
  SmtpReplies(InputStream in, LongSupplier millisLeft) {
    this.in = in;
    this.millisLeft = millisLeft;
  }

  /** The next whole reply. */
  Reply read() throws IOException {
    List<String> lines = new ArrayList<>();
    int code = -1;
    while (true) {
      String line = line();
      if (line.length() < 3 || !isCode(line)) {
        throw new Broken("not an SMTP reply line");
      }
      int lineCode = Integer.parseInt(line.substring(0, 3));
      if (code >= 0 && lineCode != code) {
        throw new Broken("reply code changed within a reply");
      }
      code = lineCode;
      lines.add(line.length() > 4 ? line.substring(4) : "");
      if (line.length() == 3 || line.charAt(3) == ' ') {
        return new Reply(code, List.copyOf(lines));
      }
      if (line.charAt(3) != '-') {
        throw new Broken("not an SMTP reply line");
      }
      if (lines.size() >= LINES_MAX) {
        throw new Broken("reply of more than " + LINES_MAX + " lines");
      }
    }
  }

  private static boolean isCode(String line) {
    return Character.isDigit(line.charAt(0))
        && Character.isDigit(line.charAt(1))
        && Character.isDigit(line.charAt(2));
  }

  /** One line without its CRLF (a bare LF is accepted). */
  private String line() throws IOException {
    byte[] buffer = new byte[LINE_MAX];
    int length = 0;
    while (true) {
      if (millisLeft.getAsLong() <= 0) {
        throw new SocketTimeoutException("no whole reply in time");
      }
      int b = in.read();
      if (b < 0) {
        throw new Broken("connection closed");
      }
      if (b == '\n') {
        if (length > 0 && buffer[length - 1] == '\r') {
          length--;
        }
        return new String(buffer, 0, length, StandardCharsets.US_ASCII);
      }
      if (length == LINE_MAX) {
        throw new Broken("reply line longer than " + LINE_MAX + " bytes");
      }
      buffer[length++] = (byte) b;
    }
  }
}
