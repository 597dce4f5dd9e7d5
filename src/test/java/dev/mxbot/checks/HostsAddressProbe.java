package dev.mxbot.checks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The child JVM of {@link HostsAddressTest}: started with {@code -Djdk.net.hosts.file} naming a
 * hosts file that gives each of its arguments an address, it prints, per argument, what the JDK's
 * own lookup finds for it ({@code lookup}, the control: the file is in effect) and what {@link
 * Hosts#address} reads from it ({@code read}). A lookup would show as the file's address.
 */
public final class HostsAddressProbe {

  private HostsAddressProbe() {}

  public static void main(String[] args) {
    for (String data : args) {
      String lookup;
      try {
        lookup = InetAddress.getByName(data).getHostAddress();
      } catch (UnknownHostException e) {
        lookup = "none";
      }
      String read = Hosts.address(data).map(InetAddress::getHostAddress).orElse("none");
      System.out.println(data + " lookup=" + lookup + " read=" + read);
    }
  }
}
