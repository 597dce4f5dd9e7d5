package dev.mxbot.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's own HTTP/1.1 client for the Slack ack phase: POSTs a batch of requests at once,
 * each on a fresh loopback connection, from one thread with one selector, and times each request
 * client-side twice: from its connection's start (the round trip an HTTP client sees) and from the
 * moment its last request byte was written to the moment its last response byte was read (the ack:
 * what the adapter spends accepting, reading, verifying and answering, plus the loopback and this
 * thread's wake-up). One thread, no pool and no executor, so that the timing adds as little of the
 * client's own work as it can on cores the adapter shares. Times use {@link System#nanoTime()}. Not
 * thread-safe: one {@link #post} at a time.
 */
final class AckClient {

  /** One request: its headers (besides Host, Content-Length) and its form body. */
  record Request(Map<String, String> headers, String body) {}

  /**
   * One answer.
   *
   * @param status the HTTP status
   * @param body the response body (as sent: not de-chunked)
   * @param ackMillis request written → response read, ms
   * @param roundTripMillis connection started → response read, ms
   */
  record Answer(int status, String body, double ackMillis, double roundTripMillis) {}

  private final Duration timeout;

  AckClient(Duration timeout) {
    this.timeout = timeout;
  }

  /** POSTs every request to {@code target} at once; the answers in the order of {@code batch}. */
  List<Answer> post(URI target, List<Request> batch) throws IOException {
    InetSocketAddress address = new InetSocketAddress(target.getHost(), target.getPort());
    List<Exchange> exchanges = new ArrayList<>();
    try (Selector selector = Selector.open()) {
      for (Request request : batch) {
        Exchange exchange = new Exchange(bytes(target, request));
        exchanges.add(exchange);
        SocketChannel channel = SocketChannel.open();
        exchange.channel = channel;
        channel.configureBlocking(false);
        exchange.connectNanos = System.nanoTime();
        if (channel.connect(address)) {
          exchange.write(channel);
          channel.register(selector, exchange.interest(), exchange);
        } else {
          channel.register(selector, SelectionKey.OP_CONNECT, exchange);
        }
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      int open = exchanges.size();
      while (open > 0) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          throw new IOException(
              open + " of " + batch.size() + " requests unanswered in " + timeout);
        }
        selector.select(left);
        for (SelectionKey key : selector.selectedKeys()) {
          Exchange exchange = (Exchange) key.attachment();
          SocketChannel channel = (SocketChannel) key.channel();
          if (key.isConnectable()) {
            if (!channel.finishConnect()) {
              continue;
            }
            exchange.write(channel);
          } else if (key.isWritable()) {
            exchange.write(channel);
          } else if (key.isReadable()) {
            exchange.read(channel);
          }
          if (exchange.done()) {
            key.cancel();
            channel.close();
            open--;
          } else {
            key.interestOps(exchange.interest());
          }
        }
        selector.selectedKeys().clear();
      }
    } finally {
      for (Exchange exchange : exchanges) {
        if (exchange.channel != null) {
          exchange.channel.close();
        }
      }
    }
    List<Answer> answers = new ArrayList<>();
    for (Exchange exchange : exchanges) {
      answers.add(exchange.answer());
    }
    return answers;
  }

  private static ByteBuffer bytes(URI target, Request request) {
    byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder();
    head.append("POST ").append(target.getRawPath()).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(target.getHost()).append(':').append(target.getPort());
    head.append("\r\n");
    request.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(headBytes.length + body.length).put(headBytes).put(body).flip();
  }

  /** One request in flight: what is left to write, what was read, and when. */
  private static final class Exchange {
    private final ByteBuffer request;
    private final ByteArrayOutputStream response = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);
    private SocketChannel channel;
    private long connectNanos;
    private long writtenNanos;
    private long readNanos;
    private boolean eof;

    Exchange(ByteBuffer request) {
      this.request = request;
    }

    void write(SocketChannel channel) throws IOException {
      channel.write(request);
      if (!request.hasRemaining()) {
        writtenNanos = System.nanoTime();
      }
    }

    void read(SocketChannel channel) throws IOException {
      int n;
      while ((n = channel.read(buffer.clear())) > 0) {
        response.write(buffer.array(), 0, n);
      }
      eof = n < 0;
      if (eof || complete()) {
        readNanos = System.nanoTime();
      }
    }

    int interest() {
      return request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ;
    }

    boolean done() {
      return readNanos != 0;
    }

    /** The response is whole: its Content-Length read, or the last chunk of a chunked one. */
    private boolean complete() {
      String text = response.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end < 0) {
        return false;
      }
      String head = text.substring(0, end).toLowerCase(Locale.ROOT);
      int bodyLength = text.length() - end - 4;
      for (String line : head.split("\r\n")) {
        if (line.startsWith("content-length:")) {
          return bodyLength >= Integer.parseInt(line.substring(15).strip());
        }
        if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
          return text.endsWith("\r\n0\r\n\r\n");
        }
      }
      return false; // delimited by the end of the connection
    }

    Answer answer() throws IOException {
      String text = response.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (writtenNanos == 0 || end < 0 || !text.startsWith("HTTP/1.1 ")) {
        throw new IOException("no HTTP answer" + (eof ? " (connection closed)" : ""));
      }
      int status = Integer.parseInt(text.substring(9, 12));
      return new Answer(
          status,
          text.substring(end + 4),
          (readNanos - writtenNanos) / 1e6,
          (readNanos - connectNanos) / 1e6);
    }
  }
}
