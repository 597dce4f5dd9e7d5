package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The warm-up's answer sink: a loopback HTTP/1.1 listener that takes every POST and says ok. */
@DisplayName("warm-up answer sink")
class AnswerSinkTest {

  @Test
  @DisplayName(
      "answers 200 to each POST on one kept-alive connection, sized or chunked, and counts them")
  void keptAliveSizedAndChunked() throws Exception {
    try (AnswerSink sink = AnswerSink.start()) {
      URI url = URI.create(sink.url("/warm-up/1"));
      assertThat(url.getHost()).isEqualTo("127.0.0.1");
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), url.getPort())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write(
            ("POST /warm-up/1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 11\r\n\r\n{\"text\":1}\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(response(in)).startsWith("HTTP/1.1 200 OK").endsWith("ok");
        out.write(
            ("POST /warm-up/2 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(response(in)).startsWith("HTTP/1.1 200 OK").endsWith("ok");
      }
      assertThat(sink.received()).isEqualTo(2);
    }
  }

  /** One response: head and the 2-byte body. */
  private static String response(InputStream in) throws Exception {
    StringBuilder text = new StringBuilder();
    while (!text.toString().contains("\r\n\r\n")) {
      text.append((char) in.read());
    }
    text.append(new String(in.readNBytes(2), StandardCharsets.US_ASCII));
    return text.toString();
  }
}
