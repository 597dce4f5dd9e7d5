package dev.mxbot.dns.server;

import dev.mxbot.dns.server.ZoneServer.Transport;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The UDP side of a {@link ZoneServer}: one thread receives datagrams and hands each to the worker
 * executor, so a slow answer never holds up the next query. Stops when the socket is closed.
 */
final class UdpListener implements Runnable {

  private static final int MAX_DATAGRAM = 65535;

  private final DatagramSocket socket;
  private final QueryHandler handler;
  private final ExecutorService workers;

  UdpListener(DatagramSocket socket, QueryHandler handler, ExecutorService workers) {
    this.socket = socket;
    this.handler = handler;
    this.workers = workers;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[MAX_DATAGRAM];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (IOException closedOrBroken) {
        if (socket.isClosed()) {
          return;
        }
        continue;
      }
      byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
      SocketAddress client = packet.getSocketAddress();
      try {
        workers.execute(
            () -> handler.handle(query, Transport.UDP, bytes -> send(bytes, client), () -> {}));
      } catch (RejectedExecutionException closing) {
        return;
      }
    }
  }

  private void send(byte[] bytes, SocketAddress client) {
    try {
      socket.send(new DatagramPacket(bytes, bytes.length, client));
    } catch (IOException | RuntimeException lost) {
      // UDP: a lost answer is a timeout for the client, as on the network
    }
  }
}
