package dev.mxbot.interop;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/**
 * The loopback addresses of the mini internet: one per server, every authoritative server on port
 * 53 (mxbot asks nameservers by address on one port), the resolver on its own address. All of them
 * lie in one {@code 127.N.0.0/16} that no other process holds port 53 in, chosen once per JVM, so
 * that two builds on one machine do not meet.
 */
public final class Loopback {

  /** The second octet of every address below. */
  private static final int NET = freeNet();

  /** {@code a.root-servers.net}: the root zone. */
  public static final String ROOT = at(10, 1);

  /** {@code a.dns.it}: the {@code it.} registry. */
  public static final String TLD_IT = at(10, 2);

  /** {@code a.gtld-servers.net}: the {@code net.} registry. */
  public static final String TLD_NET = at(10, 3);

  /** {@code a.nic.com}: the {@code com.} registry. */
  public static final String TLD_COM = at(10, 4);

  /** {@code dns10.ovh.net}: OVHcloud's own zones {@code ovh.net.} and {@code ovh.com.}. */
  public static final String OVH_INFRA = at(10, 10);

  /** {@code ns1.google.com}: {@code google.com.}. */
  public static final String GOOGLE = at(10, 11);

  /** {@code dns109.ovh.net}: customer zones, first of the pair. */
  public static final String DNS109 = at(10, 20);

  /** {@code ns109.ovh.net}: customer zones, second of the pair. */
  public static final String NS109 = at(10, 21);

  /** {@code dns15.ovh.net}: another pair's server (pair mismatch). */
  public static final String DNS15 = at(10, 22);

  /** {@code sdns2.ovh.net}: OVHcloud's secondary DNS (parent/child mismatch). */
  public static final String SDNS2 = at(10, 23);

  /** Unbound, the validating recursive resolver mxbot is pointed at. */
  public static final String RESOLVER = at(20, 53);

  /** {@code mta-sts.<domain>} of the MTA-STS scenarios: an HTTPS server of the test, not Knot. */
  public static final String POLICY = at(30, 1);

  /** The MX host of the SMTP probe's scenarios: a Postfix of the test ({@link PostfixServer}). */
  public static final String SMTP = at(40, 25);

  /** The port of every server. */
  public static final int PORT = 53;

  private Loopback() {}

  private static String at(int third, int fourth) {
    return "127." + NET + "." + third + "." + fourth;
  }

  /**
   * A {@code /16} whose root-server address has port 53 free, tried from a place that depends on
   * the process id (builds started together try different ones first); {@code 0} when none can be
   * bound (not root: the interoperability tests are skipped anyway).
   */
  private static int freeNet() {
    long pid = ProcessHandle.current().pid();
    for (int i = 0; i < 200; i++) {
      int net = 10 + (int) ((pid + i) % 200);
      try {
        new DatagramSocket(new InetSocketAddress("127." + net + ".10.1", PORT)).close();
        return net;
      } catch (IOException taken) {
        if (i == 0 && taken.getMessage() != null && taken.getMessage().contains("denied")) {
          return 0;
        }
      }
    }
    return 0;
  }
}
