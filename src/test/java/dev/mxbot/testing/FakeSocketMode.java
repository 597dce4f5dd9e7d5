package dev.mxbot.testing;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Socket Mode endpoint (Java-WebSocket server on 127.0.0.1): greets each connection with
 * {@code hello}, then pushes the envelopes the test queued; keeps what the bot sends back.
 */
public final class FakeSocketMode extends WebSocketServer {

  private final CountDownLatch started = new CountDownLatch(1);
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final String[] envelopes;

  public FakeSocketMode(String... envelopes) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.envelopes = envelopes;
    setReuseAddr(true);
  }

  public String url() throws InterruptedException {
    if (!started.await(5, TimeUnit.SECONDS)) {
      throw new AssertionError("WebSocket fake did not start");
    }
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  /** The next message the bot sent that is not a ping/pong, or fails after {@code seconds}. */
  public String nextReceived(int seconds) throws InterruptedException {
    String message = received.poll(seconds, TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("nothing received on the WebSocket within " + seconds + " s");
    }
    return message;
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
            + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
    for (String envelope : envelopes) {
      conn.send(envelope);
    }
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
