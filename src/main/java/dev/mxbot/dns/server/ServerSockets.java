package dev.mxbot.dns.server;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * A UDP socket and a TCP server socket bound to the same address and port. For port 0 the UDP
 * socket takes an ephemeral port first and TCP follows on it, retrying a few times when another
 * program holds that TCP port. Not thread safe: bind once, then hand the sockets over.
 */
record ServerSockets(DatagramSocket udp, ServerSocket tcp) {

  private static final int ATTEMPTS = 5;

  /**
   * Asked of the kernel for the UDP socket (it caps the value at {@code net.core.rmem_max}): the
   * default, about 200 KB, drops queries when many clients send at once (a benchmark at concurrency
   * 64), and each drop costs the client a full query timeout.
   */
  static final int UDP_RECEIVE_BUFFER = 4 << 20;

  static ServerSockets bind(InetAddress address, int port) throws IOException {
    BindException last = null;
    int attempts = port == 0 ? ATTEMPTS : 1;
    for (int i = 0; i < attempts; i++) {
      DatagramSocket udp = new DatagramSocket(null);
      try {
        udp.setReceiveBufferSize(UDP_RECEIVE_BUFFER);
        udp.bind(new InetSocketAddress(address, port));
      } catch (IOException | RuntimeException e) {
        udp.close();
        throw e;
      }
      ServerSocket tcp = new ServerSocket();
      try {
        tcp.bind(new InetSocketAddress(address, udp.getLocalPort()));
        return new ServerSockets(udp, tcp);
      } catch (BindException taken) {
        last = taken;
        tcp.close();
        udp.close();
      } catch (IOException | RuntimeException e) {
        tcp.close();
        udp.close();
        throw e;
      }
    }
    throw last;
  }
}
