package dev.mxbot.dns.server;

import dev.mxbot.dns.server.ZoneServer.Transport;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The TCP side of a {@link ZoneServer}: one thread accepts connections, each connection reads
 * length-prefixed queries on a thread of {@code connections}. {@link #closeAll} closes the open
 * connections when the server stops.
 */
final class TcpListener implements Runnable {

  private static final int IDLE_TIMEOUT_MILLIS = 10_000;

  private final ServerSocket server;
  private final QueryHandler handler;
  private final ExecutorService connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  TcpListener(ServerSocket server, QueryHandler handler, ExecutorService connections) {
    this.server = server;
    this.handler = handler;
    this.connections = connections;
  }

  @Override
  public void run() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        connections.execute(() -> serve(socket));
      } catch (IOException | RejectedExecutionException closedOrBroken) {
        if (server.isClosed() || connections.isShutdown()) {
          closeAll();
          return;
        }
      }
    }
  }

  void closeAll() {
    open.forEach(TcpListener::closeQuietly);
    open.clear();
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      DataInputStream in = new DataInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!socket.isClosed()) {
        int length = in.readUnsignedShort();
        byte[] query = in.readNBytes(length);
        if (query.length < length) {
          return;
        }
        handler.handle(
            query, Transport.TCP, bytes -> write(out, bytes), () -> closeQuietly(socket));
      }
    } catch (IOException | RuntimeException endOfConnection) {
      // client closed, idle timeout or server closing
    } finally {
      open.remove(socket);
    }
  }

  private static void write(OutputStream out, byte[] bytes) {
    byte[] framed = new byte[bytes.length + 2];
    framed[0] = (byte) (bytes.length >>> 8);
    framed[1] = (byte) bytes.length;
    System.arraycopy(bytes, 0, framed, 2, bytes.length);
    synchronized (out) {
      try {
        out.write(framed);
        out.flush();
      } catch (IOException closed) {
        // the client went away
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
