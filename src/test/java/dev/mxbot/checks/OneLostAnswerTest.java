package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.MatrixWorld;
import dev.mxbot.testing.MatrixZones.Customer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A healthy zone where one server never answers one question: the report may say less, never
 * something else. Each row is its own customer (own nameserver names too), so that no answer an
 * earlier row cached hides the lost one.
 */
@DisplayName("/mx of a healthy zone with one answer lost says less, never something false")
class OneLostAnswerTest {

  /** One lost answer: which server, for which name (relative to the row's domain) and type. */
  record Lost(String server, String name, RecordType type) {
    @Override
    public String toString() {
      return name + " " + type + " at the " + server;
    }
  }

  static final List<Lost> LOST =
      List.of(
          new Lost("resolver", "@", RecordType.MX),
          new Lost("resolver", "@", RecordType.TXT),
          new Lost("resolver", "@", RecordType.NS),
          new Lost("resolver", "_dmarc", RecordType.TXT),
          new Lost("resolver", "ns", RecordType.A),
          new Lost("resolver", "ns", RecordType.AAAA),
          new Lost("resolver", "ns2", RecordType.A),
          new Lost("resolver", "@", RecordType.SOA),
          new Lost("ns1", "@", RecordType.SOA),
          new Lost("ns1", "@", RecordType.MX),
          new Lost("ns1", "@", RecordType.TXT),
          new Lost("ns1", "@", RecordType.NS),
          new Lost("ns2", "@", RecordType.SOA),
          new Lost("ns2", "@", RecordType.MX));

  private static MatrixWorld world;

  private static String domain(int row) {
    return row < 0 ? "lost-none.it" : "lost-" + row + ".it";
  }

  private static Customer customer(int row) {
    return new Customer(domain(row))
        .nameservers("@ NS ns." + domain(row) + ".\n@ NS ns2." + domain(row) + ".\n")
        .extra("ns A 127.0.0.32\nns2 A 127.0.0.33");
  }

  @BeforeAll
  static void start() throws Exception {
    world =
        new MatrixWorld(
            IntStream.range(-1, LOST.size()).mapToObj(OneLostAnswerTest::customer).toList());
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  static Stream<Integer> rows() {
    return IntStream.range(0, LOST.size()).boxed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @DisplayName("no finding the same zone without the loss does not give")
  void saysLessNeverOther(int row) {
    Set<FindingCode> clean = codes(MatrixWorld.diagnose(world.app, domain(-1)));
    Lost lost = LOST.get(row);
    String name = lost.name().equals("@") ? domain(row) : lost.name() + "." + domain(row);
    ZoneServer server =
        switch (lost.server()) {
          case "resolver" -> world.resolver;
          case "ns1" -> world.ns1;
          default -> world.ns2;
        };
    server.inject(name, lost.type(), Fault.drop());
    try {
      Report report = MatrixWorld.diagnose(world.app, domain(row));

      Set<FindingCode> added = codes(report);
      added.removeAll(clean);
      added.remove(FindingCode.DNS_TIMEOUT);
      assertThat(added).as(lost + ": " + report.findings()).isEmpty();
    } finally {
      world.clearFaults();
    }
  }

  private static Set<FindingCode> codes(Report report) {
    Set<FindingCode> codes = new TreeSet<>();
    for (Finding finding : report.findings()) {
      codes.add(finding.code());
    }
    return codes;
  }
}
