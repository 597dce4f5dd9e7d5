package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.Area;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.testing.MatrixWorld;
import dev.mxbot.testing.MatrixZones;
import dev.mxbot.testing.MatrixZones.Customer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name a check needs that is an alias, chained or looping: the MX target, {@code _dmarc}, a DKIM
 * selector, an SPF include. A loop or a chain of more than 8 CNAMEs is the zone's error, said once
 * and checked; a chain of 8 is fine; a chain the resolver fails in the middle is not checked.
 */
@DisplayName("/mx on names behind CNAME chains")
class CnameChainScenariosTest {

  private static final String KEY = "v=DKIM1; k=ed25519; p=" + "A".repeat(43) + "=";

  /** Where the chain starts: the name one check needs, and the record at the chain's end. */
  enum Place {
    MX_TARGET(Area.MX, "mail", "A 5.196.1.1", RecordType.A, RecordType.AAAA),
    DMARC(Area.DMARC, "_dmarc", "TXT \"v=DMARC1; p=quarantine\"", RecordType.TXT),
    DKIM_SELECTOR(Area.DKIM, "ovhmo-selector-1._domainkey", "TXT \"" + KEY + "\"", RecordType.TXT),
    SPF_INCLUDE(Area.SPF, "spf", "TXT \"v=spf1 ip4:5.196.1.1 -all\"", RecordType.TXT);

    final Area area;
    final String start;
    final String record;
    final List<RecordType> asked;

    Place(Area area, String start, String record, RecordType... asked) {
      this.area = area;
      this.start = start;
      this.record = record;
      this.asked = List.of(asked);
    }
  }

  /** The chain from the needed name. */
  enum Shape {
    LOOP_OF_TWO,
    LOOP_OF_ONE,
    CHAIN_OF_9,
    CHAIN_OF_8,
    MIDDLE_HOP_SERVFAIL;

    boolean proven() {
      return this == LOOP_OF_TWO || this == LOOP_OF_ONE || this == CHAIN_OF_9;
    }
  }

  record Row(Place place, Shape shape) {
    String domain() {
      return (shape + "-" + place).toLowerCase(Locale.ROOT).replace('_', '-') + ".it";
    }

    /** The needed name, absolute. */
    String start() {
      return place.start + "." + domain();
    }

    Customer zone() {
      String d = domain() + ".";
      String chain =
          switch (shape) {
            case LOOP_OF_TWO -> place.start + " CNAME h1." + d + "\nh1 CNAME " + start() + ".";
            case LOOP_OF_ONE -> place.start + " CNAME " + start() + ".";
            case CHAIN_OF_9 -> chain(9, d);
            case CHAIN_OF_8 -> chain(8, d);
            case MIDDLE_HOP_SERVFAIL -> chain(2, d);
          };
      Customer customer = new Customer(domain()).extra(chain);
      return switch (place) {
        case MX_TARGET -> customer.mx("@ MX 10 " + start() + ".");
        case DMARC -> customer.dmarc("");
        case DKIM_SELECTOR -> customer;
        case SPF_INCLUDE ->
            customer.spf(
                MatrixZones.txt("@", "v=spf1 include:mx.ovh.com include:" + start() + " ~all"));
      };
    }

    /** {@code start} CNAME h1 … h(length-1) CNAME h(length), which holds the record. */
    private String chain(int length, String origin) {
      return IntStream.rangeClosed(1, length)
              .mapToObj(
                  hop ->
                      (hop == 1 ? place.start : "h" + (hop - 1)) + " CNAME h" + hop + "." + origin)
              .reduce((a, b) -> a + "\n" + b)
              .orElseThrow()
          + "\nh"
          + length
          + " "
          + place.record;
    }

    @Override
    public String toString() {
      return place.toString().toLowerCase(Locale.ROOT)
          + ", "
          + shape.toString().toLowerCase(Locale.ROOT);
    }
  }

  static final List<Row> ROWS =
      Arrays.stream(Place.values())
          .flatMap(place -> Arrays.stream(Shape.values()).map(shape -> new Row(place, shape)))
          .toList();

  private static MatrixWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = new MatrixWorld(ROWS.stream().map(Row::zone).toList());
  }

  @AfterEach
  void clearFaults() {
    world.clearFaults();
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @Timeout(60)
  @DisplayName(
      "a loop or more than 8 CNAMEs is the zone's error, checked; 8 are fine; a failing hop is not"
          + " checked")
  void row(Row row) {
    if (row.shape() == Shape.MIDDLE_HOP_SERVFAIL) {
      row.place().asked.forEach(type -> world.resolver.inject(row.start(), type, Fault.servfail()));
      world.resolver.inject("h1." + row.domain(), null, Fault.servfail());
    }

    Report report = MatrixWorld.diagnose(world.app, row.domain());

    if (row.shape().proven()) {
      provenBroken(row, report);
    } else if (row.shape() == Shape.CHAIN_OF_8) {
      fine(row, report);
    } else {
      notChecked(row, report);
    }
  }

  /** The area's error names the chain; the area is checked and nothing says "run again". */
  private static void provenBroken(Row row, Report report) {
    Finding finding = brokenFinding(row, report);
    String loop = row.shape() == Shape.CHAIN_OF_9 ? "too_long" : "loop";
    assertThat(finding.params().get("reasonKey")).endsWith("cname_" + loop);
    String shown = row.start();
    String expectedChain =
        switch (row.shape()) {
          case LOOP_OF_TWO -> shown + " → h1." + row.domain() + " → " + shown;
          case LOOP_OF_ONE -> shown + " → " + shown;
          default -> shown + " → h1." + row.domain();
        };
    assertThat(finding.param("chain")).startsWith(expectedChain);
    assertThat(report.unchecked()).as("unchecked areas").isEmpty();
    assertThat(codes(report)).doesNotContain(FindingCode.DNS_TIMEOUT, FindingCode.MX_TARGET_ALIAS);
    assertThat(report.toString()).doesNotContain("h2." + row.domain() + ".");
  }

  private static Finding brokenFinding(Row row, Report report) {
    return switch (row.place()) {
      case MX_TARGET -> {
        Finding f = finding(report, FindingCode.MX_TARGET_UNRESOLVABLE);
        assertThat(f.param("host")).isEqualTo(row.start());
        yield f;
      }
      case DMARC -> {
        Finding f = finding(report, FindingCode.DMARC_UNREADABLE);
        assertThat(f.param("name")).isEqualTo(row.start());
        assertThat(codes(report)).doesNotContain(FindingCode.DMARC_NONE);
        yield f;
      }
      case DKIM_SELECTOR -> {
        Finding f = finding(report, FindingCode.DKIM_KEY_INVALID);
        assertThat(f.param("selector")).isEqualTo("ovhmo-selector-1");
        assertThat(f.param("at")).as("read at the selector, never an alias").isEqualTo(row.start());
        yield f;
      }
      case SPF_INCLUDE -> {
        Finding f = finding(report, FindingCode.SPF_INCLUDE_NOT_FOUND);
        assertThat(f.param("include")).isEqualTo(row.start());
        assertThat(codes(report)).doesNotContain(FindingCode.SPF_VALID);
        yield f;
      }
    };
  }

  /** A chain of 8 reaches the record: the area's ordinary finding, no error about the chain. */
  private static void fine(Row row, Report report) {
    assertThat(report.complete()).as("complete").isTrue();
    FindingCode expected =
        switch (row.place()) {
          case MX_TARGET -> FindingCode.MX_TARGET_ALIAS;
          case DMARC -> FindingCode.DMARC_VALID;
          case DKIM_SELECTOR -> FindingCode.DKIM_FOUND;
          case SPF_INCLUDE -> FindingCode.SPF_VALID;
        };
    assertThat(codes(report))
        .contains(expected)
        .doesNotContain(
            FindingCode.MX_TARGET_UNRESOLVABLE,
            FindingCode.DMARC_UNREADABLE,
            FindingCode.DKIM_KEY_INVALID,
            FindingCode.SPF_INCLUDE_NOT_FOUND,
            FindingCode.DNS_TIMEOUT);
    if (row.place() == Place.MX_TARGET) {
      assertThat(finding(report, FindingCode.MX_TARGET_ALIAS).param("target"))
          .isEqualTo("h8." + row.domain());
    }
  }

  /** The resolver failed on the name and on a hop: nothing proven, the area not checked. */
  private static void notChecked(Row row, Report report) {
    assertThat(report.unchecked()).containsExactly(row.place().area);
    assertThat(finding(report, FindingCode.DNS_TIMEOUT).param("unanswered"))
        .contains(row.place().asked.get(0) + " " + row.start() + " (servfail)");
    assertThat(codes(report))
        .filteredOn(code -> code.area() == row.place().area)
        .doesNotContain(
            FindingCode.MX_TARGET_UNRESOLVABLE,
            FindingCode.MX_TARGET_ALIAS,
            FindingCode.DMARC_UNREADABLE,
            FindingCode.DMARC_NONE,
            FindingCode.DKIM_KEY_INVALID,
            FindingCode.DKIM_FOUND,
            FindingCode.SPF_INCLUDE_NOT_FOUND,
            FindingCode.SPF_VALID);
  }

  private static Finding finding(Report report, FindingCode code) {
    return report.findings().stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + codes(report)));
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }
}
