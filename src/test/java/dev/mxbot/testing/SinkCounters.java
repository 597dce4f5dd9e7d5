package dev.mxbot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
}
