package dev.mxbot.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A nameserver address that counts what reaches it: every UDP datagram and every accepted TCP
 * connection, whatever its content, before relaying it unchanged to a real server ({@code
 * upstream}) and the answer back, so that a client that is allowed to ask gets answers. Its threads
 * are daemons named {@code countingdns-*}; {@link #close()} stops them.
 */
public final class CountingDnsRelay implements AutoCloseable {

  private final InetSocketAddress upstream;
  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final AtomicInteger datagrams = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();

  private CountingDnsRelay(InetSocketAddress address, InetSocketAddress upstream)
      throws IOException {
    this.upstream = upstream;
    this.udp = new DatagramSocket(address);
    try {
      this.tcp = new ServerSocket();
      tcp.bind(address);
    } catch (IOException | RuntimeException e) {
      udp.close();
      throw e;
    }
    daemon(this::serveUdp, "countingdns-udp-" + address.getAddress().getHostAddress());
    daemon(this::serveTcp, "countingdns-tcp-" + address.getAddress().getHostAddress());
  }

  /** Listens on {@code address} (UDP and TCP), relaying to {@code upstream}. */
  static CountingDnsRelay start(InetSocketAddress address, InetSocketAddress upstream)
      throws IOException {
    return new CountingDnsRelay(address, upstream);
  }

  /** UDP datagrams received so far. */
  int datagrams() {
    return datagrams.get();
  }

  /** TCP connections accepted so far. */
  int connections() {
    return connections.get();
  }

  private void serveUdp() {
    byte[] buffer = new byte[65535];
    while (!udp.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        udp.receive(packet);
        datagrams.incrementAndGet();
        byte[] answer = relay(Arrays.copyOf(packet.getData(), packet.getLength()));
        udp.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
      } catch (IOException | RuntimeException e) {
        // closed, or the upstream did not answer: the next datagram
      }
    }
  }

  private byte[] relay(byte[] query) throws IOException {
    try (DatagramSocket out = new DatagramSocket()) {
      out.setSoTimeout(2000);
      out.send(new DatagramPacket(query, query.length, upstream));
      DatagramPacket reply = new DatagramPacket(new byte[65535], 65535);
      out.receive(reply);
      return Arrays.copyOf(reply.getData(), reply.getLength());
    }
  }

  private void serveTcp() {
    while (!tcp.isClosed()) {
      try {
        Socket client = tcp.accept();
        connections.incrementAndGet();
        daemon(() -> relayConnection(client), "countingdns-conn");
      } catch (IOException e) {
        // closed
      }
    }
  }

  /** Relays every length-prefixed message of one connection until either side closes. */
  private void relayConnection(Socket client) {
    try (client;
        Socket server = new Socket()) {
      client.setSoTimeout(5000);
      server.connect(upstream, 2000);
      server.setSoTimeout(5000);
      DataInputStream in = new DataInputStream(client.getInputStream());
      DataOutputStream out = new DataOutputStream(client.getOutputStream());
      DataInputStream down = new DataInputStream(server.getInputStream());
      DataOutputStream up = new DataOutputStream(server.getOutputStream());
      while (true) {
        byte[] query = in.readNBytes(in.readUnsignedShort());
        up.writeShort(query.length);
        up.write(query);
        byte[] answer = down.readNBytes(down.readUnsignedShort());
        out.writeShort(answer.length);
        out.write(answer);
      }
    } catch (IOException e) {
      // a side closed the connection, or went quiet
    }
  }

  private static void daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    udp.close();
    tcp.close();
  }
}
