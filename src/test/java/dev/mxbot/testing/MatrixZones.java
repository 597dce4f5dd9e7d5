package dev.mxbot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The zones of the fault matrix: one customer domain under {@code .it} per row, each a healthy
 * OVHcloud customer (current MX, SPF include, DMARC) delegated to {@code ns1.matrix.it} and {@code
 * ns2.matrix.it}, plus whatever oddity the row is about.
 */
public final class MatrixZones {

  static final String NS1 = "127.0.0.32";
  static final String NS2 = "127.0.0.33";
  static final String GARBAGE_NS = "127.0.0.34";

  /** An address nothing listens on: its port is closed (ICMP port unreachable). */
  static final String NOBODY = "127.0.0.39";

  static final String HOME_MX =
      """
      @ MX 1 mx0.mail.ovh.net.
      @ MX 5 mx1.mail.ovh.net.
      @ MX 50 mx2.mail.ovh.net.
      @ MX 100 mx3.mail.ovh.net.
      @ MX 200 mx4.mail.ovh.net.
      """;
  public static final String HOME_SPF = "v=spf1 include:mx.ovh.com ~all";

  /** One customer zone, built by a row; the defaults are a healthy OVHcloud customer. */
  public static final class Customer {
    public final String domain;
    String nameservers = "@ NS ns1.matrix.it.\n@ NS ns2.matrix.it.\n";
    String mx = HOME_MX;
    String spf = txt("@", HOME_SPF);
    String dmarc;
    final List<String> extra = new ArrayList<>();

    public Customer(String domain) {
      this.domain = domain;
      this.dmarc = txt("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:postmaster@" + domain);
    }

    public Customer mx(String lines) {
      mx = lines;
      return this;
    }

    public Customer spf(String lines) {
      spf = lines;
      return this;
    }

    public Customer dmarc(String lines) {
      dmarc = lines;
      return this;
    }

    public Customer nameservers(String lines) {
      nameservers = lines;
      return this;
    }

    public Customer extra(String lines) {
      extra.add(lines);
      return this;
    }

    String masterFile() {
      return "$ORIGIN "
          + domain
          + ".\n$TTL 3600\n@ SOA ns1.matrix.it. hostmaster.matrix.it. 1 3600 600 86400 300\n"
          + nameservers
          + mx
          + "\n"
          + spf
          + "\n"
          + dmarc
          + "\n"
          + String.join("\n", extra)
          + "\n";
    }

    /** The lines delegating this domain in the {@code it.} zone. */
    String delegation() {
      return nameservers.replace("@ NS", domain + ". NS");
    }
  }

  private MatrixZones() {}

  /** A TXT record line, its text cut into the 255-byte strings DNS requires. */
  public static String txt(String owner, String text) {
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < text.length(); i += 255) {
      strings.add('"' + text.substring(i, Math.min(text.length(), i + 255)) + '"');
    }
    return owner + " TXT " + String.join(" ", strings);
  }

  /**
   * Lines {@code 1..count} of {@code line}, {@code %d} replaced by the index, {@code %d+} by the
   * next.
   */
  public static String lines(int count, String line) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i -> line.replace("%d+", Integer.toString(i + 1)).replace("%d", Integer.toString(i)))
        .collect(Collectors.joining("\n"));
  }

  static String tld(List<Customer> customers) {
    return """
        $ORIGIN it.
        $TTL 86400
        @ SOA a.dns.it. hostmaster.nic.it. 1 10800 3600 604800 3600
        @ NS a.dns.it.
        a.dns.it. A 127.0.0.31
        matrix NS ns1.matrix.it.
        ns1.matrix A %s
        ns2.matrix A %s
        """
            .formatted(NS1, NS2)
        + customers.stream().map(Customer::delegation).collect(Collectors.joining("\n"))
        + "\n";
  }

  static String matrix() {
    return """
        $ORIGIN matrix.it.
        $TTL 3600
        @ SOA ns1.matrix.it. hostmaster.matrix.it. 1 3600 600 86400 300
        @ NS ns1.matrix.it.
        @ NS ns2.matrix.it.
        ns1 A %s
        ns2 A %s
        ns3 A %s
        gone A %s
        """
        .formatted(NS1, NS2, GARBAGE_NS, NOBODY);
  }
}
