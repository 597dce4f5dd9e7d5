package dev.mxbot.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * A UDP "DNS server" that misbehaves below the DNS library: it answers each query with whatever
 * datagrams a behaviour makes of it, garbage included. Its one thread is named {@code rawdns-*};
 * {@link #close()} stops it.
 */
public final class RawDnsServer implements AutoCloseable {

  /** What to send back for one query datagram: zero or more datagrams, in order. */
  interface Behaviour {
    List<byte[]> answer(byte[] query) throws IOException;
  }

  private final DatagramSocket socket;
  private final Thread thread;
  private ServerSocket tcp;
  private Thread tcpThread;

  private RawDnsServer(InetSocketAddress address, Behaviour behaviour) throws SocketException {
    socket = new DatagramSocket(address);
    thread = new Thread(() -> serve(behaviour), "rawdns-" + address.getAddress().getHostAddress());
    thread.setDaemon(true);
    thread.start();
  }

  static RawDnsServer start(String address, int port, Behaviour behaviour) throws IOException {
    return new RawDnsServer(new InetSocketAddress(InetAddress.getByName(address), port), behaviour);
  }

  /** Also relays TCP queries, unchanged, to {@code upstream}: the path a forger is not on. */
  RawDnsServer relayTcpTo(InetSocketAddress upstream) throws IOException {
    tcp = new ServerSocket();
    tcp.bind(new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort()));
    tcpThread = new Thread(() -> relayTcp(upstream), thread.getName() + "-tcp");
    tcpThread.setDaemon(true);
    tcpThread.start();
    return this;
  }

  private void relayTcp(InetSocketAddress upstream) {
    while (!tcp.isClosed()) {
      try {
        Socket client = tcp.accept();
        Thread connection = new Thread(() -> relayConnection(client, upstream), "rawdns-conn");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException e) {
        // closed
      }
    }
  }

  /** Relays every query of one connection (clients send several on one), until it closes. */
  private static void relayConnection(Socket client, InetSocketAddress upstream) {
    try (client) {
      client.setSoTimeout(3000);
      DataInputStream in = new DataInputStream(client.getInputStream());
      DataOutputStream out = new DataOutputStream(client.getOutputStream());
      while (true) {
        byte[] query = in.readNBytes(in.readUnsignedShort());
        byte[] answer;
        try (Socket server = new Socket()) {
          server.connect(upstream, 2000);
          server.setSoTimeout(2000);
          DataOutputStream up = new DataOutputStream(server.getOutputStream());
          up.writeShort(query.length);
          up.write(query);
          DataInputStream down = new DataInputStream(server.getInputStream());
          answer = down.readNBytes(down.readUnsignedShort());
        }
        synchronized (out) {
          out.writeShort(answer.length);
          out.write(answer);
        }
      }
    } catch (IOException e) {
      // the client closed the connection, or went quiet
    }
  }

  /** Answers the query's id followed by random bytes: a header and sections that make no sense. */
  static Behaviour garbage(long seed) {
    Random random = new Random(seed);
    return query -> {
      byte[] junk = new byte[12 + random.nextInt(500)];
      random.nextBytes(junk);
      junk[0] = query[0];
      junk[1] = query[1];
      junk[2] |= (byte) 0x80; // QR: "this is a response"
      return List.of(junk);
    };
  }

  /**
   * Relays each query to {@code upstream}, but first sends two forged answers: one with another id,
   * one with the right id and another question. A resolver must ignore both.
   */
  static Behaviour forgerInFrontOf(InetSocketAddress upstream) {
    return query -> {
      byte[] real = relay(query, upstream);
      Message answer = new Message(real);
      byte[] wrongId = answer.toWire();
      int id = ((wrongId[0] & 0xff) << 8 | (wrongId[1] & 0xff)) ^ 0x5a5a;
      wrongId[0] = (byte) (id >> 8);
      wrongId[1] = (byte) id;
      return List.of(wrongId, withQuestion(answer, "forged.example.com."), real);
    };
  }

  private static byte[] withQuestion(Message answer, String name) throws IOException {
    Message forged = answer.clone();
    Record question = forged.getQuestion();
    forged.removeAllRecords(Section.QUESTION);
    forged.addRecord(
        Record.newRecord(Name.fromString(name), question.getType(), question.getDClass()),
        Section.QUESTION);
    return forged.toWire();
  }

  private static byte[] relay(byte[] query, InetSocketAddress upstream) throws IOException {
    try (DatagramSocket out = new DatagramSocket()) {
      out.setSoTimeout(2000);
      out.send(new DatagramPacket(query, query.length, upstream));
      DatagramPacket reply = new DatagramPacket(new byte[65535], 65535);
      out.receive(reply);
      return Arrays.copyOf(reply.getData(), reply.getLength());
    }
  }

  private void serve(Behaviour behaviour) {
    byte[] buffer = new byte[65535];
    while (!socket.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
        for (byte[] datagram : behaviour.answer(query)) {
          socket.send(new DatagramPacket(datagram, datagram.length, packet.getSocketAddress()));
        }
      } catch (IOException | RuntimeException e) {
        // closed, or a query this behaviour cannot answer: the next one
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    awaitEnd(thread);
    if (tcp != null) {
      tcp.close();
      awaitEnd(tcpThread);
    }
  }

  /** Waits up to 2 s for {@code worker} to end; an interrupt ends the wait and is kept. */
  private static void awaitEnd(Thread worker) {
    try {
      worker.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
