package dev.mxbot.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.server.WebSocketServer;

/**
 * The WebSocket side of the benchmark's platform fakes ({@link LoopbackSocketMode}, {@link
 * LoopbackDiscordGateway}): a server on a free loopback port, started and awaited in one call, that
 * keeps the connection a subclass names as current ({@link #keep}) until it closes. A connection
 * dropping when a bot's process stops is not an error.
 */
abstract class LoopbackWebSocket extends WebSocketServer {

  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicReference<WebSocket> current = new AtomicReference<>();

  LoopbackWebSocket() {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    setReuseAddr(true);
    setDaemon(true);
  }

  /** Starts the server and waits until it listens; {@code what} names it in the error. */
  final void startAndAwait(String what) throws IOException {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS)) {
        stopQuietly();
        throw new IOException(what + " did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopQuietly();
      throw new IOException("interrupted while the " + what + " started", e);
    }
  }

  /** The server's URL, {@code ws://127.0.0.1:PORT/}. */
  final String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  /** Makes {@code connection} the current one. */
  final void keep(WebSocket connection) {
    current.set(connection);
  }

  /** The current connection, or null. */
  final WebSocket current() {
    return current.get();
  }

  /** Stops the server, waiting up to a second for its connections to close. */
  final void stopQuietly() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    current.compareAndSet(conn, null);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // a bot's connection dropping when its process stops: nothing to do
  }

  @Override
  public void onStart() {
    started.countDown();
  }
}
