package dev.mxbot.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's slow clients: raw sockets to a loopback port, each having sent the start of a
 * request (a partial request line, headers without their end, or headers and part of a body) and
 * then nothing more, held open until {@link #close()}. A socket the server refuses or closes is
 * simply counted as gone; nothing here waits on the server beyond the TCP connect.
 */
public final class StalledClients implements AutoCloseable {

  private final List<Socket> sockets = new ArrayList<>();

  /** Opens {@code count} connections to {@code port}, each sending {@code start} and stalling. */
  public static StalledClients open(int port, int count, String start) throws IOException {
    StalledClients clients = new StalledClients();
    try {
      byte[] bytes = start.getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket();
        clients.sockets.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
      }
      return clients;
    } catch (IOException | RuntimeException e) {
      clients.close();
      throw e;
    }
  }

  /** How many connections were opened. */
  public int count() {
    return sockets.size();
  }

  @Override
  public void close() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException alreadyGone) {
        // the server closed it first
      }
    }
    sockets.clear();
  }
}
