package dev.mxbot.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packets this network namespace has sent out of each of its interfaces, from {@code
 * /proc/net/dev} (which shows the reading process's namespace): transmitted plus dropped on
 * transmit, so that a packet counts whether or not the far end of the interface took it. For a veth
 * "sink" that a route sends some destinations to, every packet to them counts, whatever its
 * protocol or port.
 */
public final class SinkCounters {

  private static final Path DEVICES = Path.of("/proc/net/dev");

  /** {@code /proc/net/dev}'s columns after the name: 8 received, then 8 transmitted. */
  private static final int TX_PACKETS = 9;

  private static final int TX_DROPPED = 11;

  private SinkCounters() {}

  /** Packets sent so far, by interface name. */
  public static Map<String, Long> read() throws IOException {
    Map<String, Long> sent = new HashMap<>();
    for (String line : Files.readAllLines(DEVICES, StandardCharsets.US_ASCII)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue; // the two header lines
      }
      String[] columns = line.substring(colon + 1).trim().split("\\s+");
      sent.put(
          line.substring(0, colon).trim(),
          Long.parseLong(columns[TX_PACKETS]) + Long.parseLong(columns[TX_DROPPED]));
    }
    return sent;
  }

  /**
   * The controls' own traffic: one UDP datagram to port 53 of each of {@code addresses}, each one
   * that cannot be sent named on {@code out} as {@code prefix + "unsent <address> <why>"}.
   */
  public static void sendOneDatagramEach(List<String> addresses, PrintStream out, String prefix)
      throws IOException {
    byte[] payload = "counted?".getBytes(StandardCharsets.US_ASCII);
    try (DatagramSocket socket = new DatagramSocket()) {
      for (String address : addresses) {
        try {
          socket.send(
              new DatagramPacket(
                  payload,
                  payload.length,
                  new InetSocketAddress(InetAddress.getByName(address), 53)));
        } catch (IOException e) {
          out.println(prefix + "unsent " + address + " " + e);
        }
      }
    }
  }
}
