package dev.mxbot.dns;

import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Zones the DNS tests serve from a {@link ZoneServer}; every address is a loopback one. */
public final class TestZones {

  static final String EXAMPLE =
      """
      $ORIGIN example.test.
      $TTL 300
      @           IN SOA  ns1 hostmaster 1 3600 600 86400 60
      @           IN NS   ns1
      ns1         IN A    127.0.0.1
      @     3600  IN MX   10 MX1.Mail.Example.TEST.
      @     3600  IN MX   20 mx2.mail
      @           IN TXT  "v=spf1 include:_spf.example.test " "-all"
      _dmarc      IN TXT  "v=DMARC1; p=reject; rua=mailto:\\"d\\"@example.test"
      _imaps._tcp IN SRV  0 1 993 Imap.Example.test.
      mx1.mail    IN A    127.0.0.10
      mx2.mail    IN A    127.0.0.11
      www         IN CNAME web
      web         IN CNAME host
      host        IN A    127.0.0.12
      away        IN CNAME mail.other.test.
      gone        IN CNAME missing.other.test.
      loop1       IN CNAME loop2
      loop2       IN CNAME loop1
      across      IN CNAME back.other.test.
      child       IN NS   ns.child
      ns.child    IN A    127.0.0.53
      """
          + bigTxt();

  public static final String OTHER =
      """
      $ORIGIN other.test.
      $TTL 120
      @           IN SOA  ns1.example.test. hostmaster.example.test. 1 3600 600 86400 60
      @           IN NS   ns1.example.test.
      mail        IN A    127.0.0.20
      back        IN CNAME across.example.test.
      """;

  /**
   * Alias chains: {@code eight} reaches an address through 8 CNAMEs, {@code nine} through 9, and
   * {@code self} is a CNAME to itself.
   */
  static final String CHAINS =
      """
      $ORIGIN chain.test.
      $TTL 60
      @           IN SOA  ns1.example.test. hostmaster.example.test. 1 3600 600 86400 60
      @           IN NS   ns1.example.test.
      self        IN CNAME self
      end         IN A    127.0.0.30
      """
          + chain("eight", 8)
          + chain("nine", 9);

  private TestZones() {}

  /** {@code name} CNAME {@code name-1}, …, {@code name-(length-1)} CNAME {@code end}. */
  private static String chain(String name, int length) {
    StringBuilder lines = new StringBuilder();
    for (int hop = 0; hop < length; hop++) {
      String owner = hop == 0 ? name : name + "-" + hop;
      String target = hop == length - 1 ? "end" : name + "-" + (hop + 1);
      lines.append(owner).append(" IN CNAME ").append(target).append('\n');
    }
    return lines.toString();
  }

  /** Forty TXT records of 130 characters at big.example.test: about 5 KB, too big for UDP. */
  private static String bigTxt() {
    return IntStream.range(0, 40)
        .mapToObj(i -> "big IN TXT \"" + String.format("%03d", i) + "x".repeat(127) + "\"\n")
        .collect(Collectors.joining());
  }

  public static ZoneServerBuilder server() {
    return ZoneServer.builder()
        .zone("example.test.", EXAMPLE)
        .zone("other.test.", OTHER)
        .zone("chain.test.", CHAINS);
  }

  public static Instant inSeconds(long seconds) {
    return Instant.now().plus(Duration.ofSeconds(seconds));
  }
}
