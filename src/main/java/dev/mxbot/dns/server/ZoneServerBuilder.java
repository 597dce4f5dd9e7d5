package dev.mxbot.dns.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Zone;

/**
 * Configures a {@link ZoneServer}: address, port, master files ({@code $ORIGIN}, {@code $TTL}
 * supported) and server-wide transport quirks for tests (UDP only, broken EDNS). Not thread safe;
 * use it from one thread, then {@link #build()}.
 */
public final class ZoneServerBuilder {

  private InetAddress address = InetAddress.getLoopbackAddress();
  private int port;
  private final List<Zone> zones = new ArrayList<>();
  private Quirks quirks = Quirks.NONE;
  private final Set<Name> authenticated = new HashSet<>();

  ZoneServerBuilder() {}

  public ZoneServerBuilder address(InetAddress address) {
    this.address = address;
    return this;
  }

  /** A literal IP address such as {@code 127.0.0.2} (never looked up in the DNS). */
  public ZoneServerBuilder address(String literal) {
    try {
      return address(InetAddress.getByAddress(literal, parseLiteral(literal)));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + literal, e);
    }
  }

  /** The port for UDP and TCP; 0 (the default) picks a free one. */
  public ZoneServerBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.port = port;
    return this;
  }

  /**
   * A zone from a master file; its origin comes from the file's first {@code $ORIGIN} line, else
   * from a file name {@code <origin>.zone}.
   */
  public ZoneServerBuilder zone(Path masterFile) {
    try (InputStream in = Files.newInputStream(masterFile)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return zone(originOf(text, masterFile), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read zone " + masterFile, e);
    }
  }

  /** A zone from master-file text; relative names are relative to {@code origin}. */
  public ZoneServerBuilder zone(String origin, String masterFileText) {
    try {
      Name name = Name.fromString(origin, Name.root);
      byte[] bytes = masterFileText.getBytes(StandardCharsets.UTF_8);
      zones.add(new Zone(name, new ByteArrayInputStream(bytes)));
      return this;
    } catch (IOException e) {
      throw new IllegalArgumentException("bad zone " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * Listens on UDP only: TCP connections to its address and port are refused, as at a nameserver
   * behind a firewall that blocks TCP port 53. Large answers (DKIM keys, long SPF) then fail.
   */
  public ZoneServerBuilder udpOnly() {
    quirks = quirks.withUdpOnly();
    return this;
  }

  /**
   * Answers FORMERR, without an OPT record, to every query that carries EDNS(0), as a server that
   * predates EDNS does; queries without EDNS are answered normally.
   */
  public ZoneServerBuilder ednsFormerr() {
    quirks = quirks.withEdnsFormerr();
    return this;
  }

  /**
   * Never answers a query that carries EDNS(0), as behind a firewall that drops such packets;
   * queries without EDNS are answered normally.
   */
  public ZoneServerBuilder ednsDropped() {
    quirks = quirks.withEdnsDropped();
    return this;
  }

  /**
   * Over UDP, pads every answer to an EDNS(0) query (with an EDNS Padding option) past the size the
   * client offered, and never truncates nor sets TC: a server that ignores the client's buffer
   * size.
   */
  public ZoneServerBuilder oversizeUdp() {
    quirks = quirks.withOversizeUdp();
    return this;
  }

  /**
   * Sets the AD flag on every answer from the zone {@code origin} (also loaded with {@link #zone}),
   * as a validating resolver does for a DNSSEC-secure zone: for tests of what mxbot makes of the
   * resolver's verdict (DANE, RFC 7672 §2.2). The server validates nothing; the zone need not be
   * signed.
   */
  public ZoneServerBuilder authenticatedData(String origin) {
    try {
      authenticated.add(Name.fromString(origin, Name.root));
      return this;
    } catch (TextParseException e) {
      throw new IllegalArgumentException("bad zone name " + origin, e);
    }
  }

  /** A server not yet listening: call {@link ZoneServer#start()}. */
  public ZoneServer build() {
    if (zones.isEmpty()) {
      throw new IllegalStateException("no zone");
    }
    return new ZoneServer(address, port, List.copyOf(zones), quirks, Set.copyOf(authenticated));
  }

  /** Builds and starts. */
  public ZoneServer start() throws IOException {
    return build().start();
  }

  private static String originOf(String text, Path file) throws TextParseException {
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.regionMatches(true, 0, "$ORIGIN", 0, 7)) {
        return trimmed.substring(7).strip().split("\\s+")[0];
      }
    }
    String fileName = file.getFileName().toString();
    String origin = fileName.endsWith(".zone") ? fileName.substring(0, fileName.length() - 5) : "";
    if (origin.isEmpty()) {
      throw new TextParseException("no $ORIGIN in " + file + " and no <origin>.zone file name");
    }
    return origin;
  }

  private static byte[] parseLiteral(String literal) throws UnknownHostException {
    byte[] bytes = org.xbill.DNS.Address.toByteArray(literal, org.xbill.DNS.Address.IPv4);
    if (bytes == null) {
      bytes = org.xbill.DNS.Address.toByteArray(literal, org.xbill.DNS.Address.IPv6);
    }
    if (bytes == null) {
      throw new UnknownHostException(literal);
    }
    return bytes;
  }
}
