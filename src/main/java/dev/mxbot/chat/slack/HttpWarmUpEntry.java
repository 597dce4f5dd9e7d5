package dev.mxbot.chat.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP mode's way in for the {@link SlackWarmUp}: each command a form-encoded POST, signed as Slack
 * signs it and marked with the {@link WarmUpKey} header, to the listener over loopback, on a
 * connection of its own.
 */
final class HttpWarmUpEntry implements SlackWarmUp.Entry {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final int port;
  private final String path;
  private final SignatureVerifier signer;
  private final WarmUpKey key;

  HttpWarmUpEntry(int port, String path, SignatureVerifier signer, WarmUpKey key) {
    this.port = port;
    this.path = path;
    this.signer = signer;
    this.key = key;
  }

  @Override
  public String mode() {
    return "http";
  }

  @Override
  public int send(Map<String, String> command) throws IOException {
    byte[] body = form(command).getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(signer.clock().instant().getEpochSecond());
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + port
            + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "X-Slack-Request-Timestamp: "
            + timestamp
            + "\r\n"
            + "X-Slack-Signature: "
            + signer.sign(timestamp, body)
            + "\r\n"
            + WarmUpKey.HEADER
            + ": "
            + key.value()
            + "\r\n"
            + "Connection: close\r\n\r\n";
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return status(socket.getInputStream());
    }
  }

  /** The fields as Slack posts them: {@code application/x-www-form-urlencoded}. */
  private static String form(Map<String, String> command) {
    StringJoiner form = new StringJoiner("&");
    command.forEach(
        (name, value) -> form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  /** The status code of the response, reading it to the end. */
  private static int status(InputStream in) throws IOException {
    byte[] response = in.readAllBytes();
    String text = new String(response, 0, Math.min(response.length, 16), StandardCharsets.US_ASCII);
    String[] parts = text.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP response");
    }
    return Integer.parseInt(parts[1]);
  }
}
