package dev.mxbot.checks;

import static dev.mxbot.testing.MatrixZones.lines;
import static dev.mxbot.testing.MatrixZones.txt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.cli.Bootstrap;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.testing.LeakCount;
import dev.mxbot.testing.MatrixWorld;
import dev.mxbot.testing.MatrixZones;
import dev.mxbot.testing.MatrixZones.Customer;
import dev.mxbot.testing.PlatformReplies;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per way DNS can break or be hostile. For each: the report arrives despite the fault, says
 * precisely what could not be checked, and everything else in it is correct. After the matrix, no
 * thread, socket or file descriptor is left behind.
 */
@DisplayName("/mx against broken and hostile DNS")
class FaultMatrixTest {

  /**
   * One behaviour: the customer zone it needs, the faults it injects, which application asks, and
   * what the report must say.
   */
  record Row(
      String behaviour,
      Customer zone,
      Consumer<MatrixWorld> faults,
      Function<MatrixWorld, Bootstrap> asking,
      Consumer<Report> expect) {

    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static Row row(String behaviour, Customer zone, Consumer<Report> expect) {
    return new Row(behaviour, zone, world -> {}, world -> world.app, expect);
  }

  private static Row faulty(
      String behaviour, Customer zone, Consumer<MatrixWorld> faults, Consumer<Report> expect) {
    return new Row(behaviour, zone, faults, world -> world.app, expect);
  }

  static final List<Row> ROWS =
      List.of(
          new Row(
              "the resolver is down",
              new Customer("resolver-down.it"),
              world -> {},
              world -> world.deadResolverApp,
              report -> {
                assertThat(report.dnsUnreachable()).as("check exits 3").isTrue();
                assertThat(codes(report))
                    .as("the resolver's failure, not the domain's")
                    .contains(FindingCode.RESOLVER_FAILING)
                    .doesNotContain(FindingCode.DOMAIN_LOOKUP_FAILED);
                notChecked(
                    report,
                    "MX resolver-down.it (unreachable)",
                    "TXT resolver-down.it (unreachable)",
                    "TXT _dmarc.resolver-down.it (unreachable)");
                claimsNoAbsence(report);
              }),
          faulty(
              "one of two nameservers is dead",
              new Customer("ns-half-dead.it"),
              world -> world.ns2.inject("ns-half-dead.it", null, Fault.drop()),
              report -> {
                notChecked(report, "SOA ns-half-dead.it @127.0.0.33");
                assertThat(finding(report, FindingCode.NS_LAME).param("nameserver"))
                    .isEqualTo("ns2.matrix.it (127.0.0.33)");
                restIsCorrect(report);
              }),
          faulty(
              "every nameserver is dead",
              new Customer("ns-all-dead.it"),
              world -> {
                world.ns1.inject("ns-all-dead.it", null, Fault.drop());
                world.ns2.inject("ns-all-dead.it", null, Fault.drop());
              },
              report -> {
                notChecked(
                    report, "SOA ns-all-dead.it @127.0.0.32", "SOA ns-all-dead.it @127.0.0.33");
                assertThat(codes(report)).filteredOn(c -> c == FindingCode.NS_LAME).hasSize(2);
                restIsCorrect(report);
              }),
          faulty(
              "a nameserver's IPv4 address comes after the deadline, and it has no IPv6",
              new Customer("ns-a-late.it")
                  .nameservers("@ NS ns1.matrix.it.\n@ NS ns.ns-a-late.it.\n")
                  .extra("ns A 127.0.0.33"),
              world ->
                  world.resolver.inject(
                      "ns.ns-a-late.it", RecordType.A, Fault.delay(Duration.ofSeconds(5))),
              report -> {
                notChecked(report, "A ns.ns-a-late.it");
                assertThat(codes(report))
                    .as("an address not received is not an address missing")
                    .doesNotContain(FindingCode.NS_LAME, FindingCode.NS_ADDRESS_PRIVATE);
                assertThat(report.complete()).isFalse();
                restIsCorrect(report);
              }),
          new Row(
              "a nameserver's IPv6 address comes after the deadline, and its IPv4 one is private",
              new Customer("ns-aaaa-late.it")
                  .nameservers("@ NS ns1.matrix.it.\n@ NS ns.ns-aaaa-late.it.\n")
                  .extra("ns A 127.0.0.33"),
              world ->
                  world.resolver.inject(
                      "ns.ns-aaaa-late.it", RecordType.AAAA, Fault.delay(Duration.ofSeconds(5))),
              world -> world.strictApp,
              report -> {
                notChecked(report, "AAAA ns.ns-aaaa-late.it");
                assertThat(report.findings())
                    .filteredOn(f -> f.code() == FindingCode.NS_ADDRESS_PRIVATE)
                    .as("only private addresses: known of ns1, whose both families answered")
                    .extracting(f -> f.param("nameserver"))
                    .containsExactly("ns1.matrix.it");
                assertThat(report.complete()).isFalse();
              }),
          faulty(
              "a nameserver answers over UDP at once, and never in time over TCP",
              new Customer("tcp-deaf.it"),
              world ->
                  world.ns2.inject(
                      "tcp-deaf.it",
                      RecordType.SOA,
                      Fault.delay(Duration.ZERO, Duration.ofSeconds(30))),
              report -> {
                Finding noTcp = finding(report, FindingCode.NS_NO_TCP);
                assertThat(noTcp.param("nameserver")).isEqualTo("ns2.matrix.it (127.0.0.33)");
                assertThat(noTcp.param("reasonKey")).isEqualTo("reason.tcp.no_response");
                restIsCorrect(report);
              }),
          faulty(
              "a slow nameserver: its UDP answer takes 1.5 s, its TCP one longer than a query's"
                  + " 2 s",
              new Customer("ns-slow.it"),
              world ->
                  world.ns2.inject(
                      "ns-slow.it",
                      RecordType.SOA,
                      Fault.delay(Duration.ofMillis(1500), Duration.ofSeconds(3))),
              report -> {
                notChecked(report, "SOA ns-slow.it @127.0.0.33 over tcp");
                assertThat(codes(report))
                    .as("a TCP wait shorter than twice the UDP answer's proves nothing")
                    .doesNotContain(FindingCode.NS_NO_TCP, FindingCode.NS_LAME);
                restIsCorrect(report);
              }),
          faulty(
              "a nameserver drops its SOA answers but answers every other question",
              new Customer("soa-lost.it"),
              world -> world.ns2.inject("soa-lost.it", RecordType.SOA, Fault.drop()),
              report -> {
                notChecked(report, "SOA soa-lost.it @127.0.0.33");
                assertThat(codes(report))
                    .as("a server that answered MX, TXT and NS is not silent: no NS_LAME")
                    .doesNotContain(FindingCode.NS_LAME);
                assertThat(report.complete()).isFalse();
                restIsCorrect(report);
              }),
          faulty(
              "SERVFAIL only for MX",
              new Customer("servfail-mx.it"),
              world -> world.resolver.inject("servfail-mx.it", RecordType.MX, Fault.servfail()),
              report -> {
                notChecked(report, "MX servfail-mx.it (servfail)");
                claimsNoAbsence(report);
                assertThat(codes(report)).contains(FindingCode.SPF_VALID, FindingCode.DMARC_VALID);
              }),
          faulty(
              "REFUSED for the whole domain",
              new Customer("refused.it"),
              world -> world.resolver.inject("refused.it", null, Fault.refused()),
              report -> {
                assertThat(finding(report, FindingCode.DOMAIN_LOOKUP_FAILED).param("status"))
                    .isEqualTo("REFUSED");
                notChecked(report, "MX refused.it (refused)", "TXT refused.it (refused)");
                claimsNoAbsence(report);
              }),
          faulty(
              "the MX answer comes after the deadline",
              new Customer("late-mx.it"),
              world ->
                  world.resolver.inject(
                      "late-mx.it", RecordType.MX, Fault.delay(Duration.ofSeconds(5))),
              report -> {
                notChecked(report, "MX late-mx.it");
                claimsNoAbsence(report);
                assertThat(codes(report)).contains(FindingCode.SPF_VALID, FindingCode.DMARC_VALID);
              }),
          faulty(
              "truncated UDP with TCP refused for TXT",
              new Customer("tcp-refused.it"),
              world -> world.resolver.inject("tcp-refused.it", RecordType.TXT, Fault.tcpRefused()),
              report -> {
                notChecked(report, "TXT tcp-refused.it (unreachable)");
                claimsNoAbsence(report);
                assertThat(codes(report))
                    .contains(FindingCode.MX_HOME_CURRENT, FindingCode.DMARC_VALID);
              }),
          row(
              "a 64 KB TXT set at the apex",
              new Customer("txt-64k.it")
                  .extra(lines(235, txt("@", "filler-%d-" + "x".repeat(240)).replace("\" \"", ""))),
              FaultMatrixTest::complete),
          row(
              "an MX target in a CNAME loop",
              new Customer("cname-loop.it")
                  .mx("@ MX 10 mail.cname-loop.it.")
                  .extra("mail CNAME loop.cname-loop.it.\nloop CNAME mail.cname-loop.it."),
              report -> {
                assertThat(finding(report, FindingCode.MX_TARGET_UNRESOLVABLE).params())
                    .containsEntry("host", "mail.cname-loop.it")
                    .containsEntry("reasonKey", "reason.cname_loop")
                    .containsEntry(
                        "chain", "mail.cname-loop.it → loop.cname-loop.it → mail.cname-loop.it");
                assertThat(report.complete()).as("a proven loop is checked").isTrue();
                assertThat(codes(report))
                    .contains(FindingCode.SPF_VALID, FindingCode.DMARC_VALID)
                    .doesNotContain(FindingCode.MX_TARGET_ALIAS, FindingCode.DNS_TIMEOUT);
              }),
          row(
              "_dmarc behind a CNAME chain of 20",
              new Customer("cname-20.it")
                  .dmarc("_dmarc CNAME c1.cname-20.it.")
                  .extra(lines(19, "c%d CNAME c%d+.cname-20.it."))
                  .extra(txt("c20", "v=DMARC1; p=quarantine")),
              report -> {
                assertThat(finding(report, FindingCode.DMARC_UNREADABLE).params())
                    .containsEntry("name", "_dmarc.cname-20.it")
                    .containsEntry("reasonKey", "reason.cname_too_long");
                assertThat(report.complete()).as("a proven over-long chain is checked").isTrue();
                claimsNoAbsence(report);
                assertThat(codes(report))
                    .contains(FindingCode.MX_HOME_CURRENT, FindingCode.SPF_VALID)
                    .doesNotContain(FindingCode.DNS_TIMEOUT);
              }),
          row(
              "an SPF include chain 50 deep",
              new Customer("spf-deep.it")
                  .spf(txt("@", "v=spf1 include:s1.spf-deep.it ~all"))
                  .extra(lines(49, txt("s%d", "v=spf1 include:s%d+.spf-deep.it ~all")))
                  .extra(txt("s50", MatrixZones.HOME_SPF)),
              report -> {
                assertThat(finding(report, FindingCode.SPF_TOO_MANY_LOOKUPS).params())
                    .containsEntry("count", ">10")
                    .containsEntry("lookupsKey", "reason.spf.lookups_over");
                assertThat(codes(report))
                    .contains(FindingCode.MX_HOME_CURRENT, FindingCode.DMARC_VALID)
                    .doesNotContain(FindingCode.DNS_TIMEOUT);
              }),
          row(
              "an SPF include loop",
              new Customer("spf-loop2.it")
                  .spf(txt("@", "v=spf1 include:l1.spf-loop2.it ~all"))
                  .extra(txt("l1", "v=spf1 include:l2.spf-loop2.it ~all"))
                  .extra(txt("l2", "v=spf1 include:l1.spf-loop2.it ~all")),
              report -> {
                assertThat(finding(report, FindingCode.SPF_LOOP).param("chain"))
                    .endsWith("l1.spf-loop2.it → l2.spf-loop2.it → l1.spf-loop2.it");
                assertThat(codes(report)).doesNotContain(FindingCode.DNS_TIMEOUT);
              }),
          row(
              "an SPF record of 200 terms",
              new Customer("spf-200.it")
                  .spf(
                      txt(
                          "@",
                          "v=spf1 "
                              + lines(199, "ip4:203.0.113.%d").replace("\n", " ")
                              + " include:mx.ovh.com ~all")),
              FaultMatrixTest::complete),
          row(
              "500 MX records",
              new Customer("mx-500.it")
                  .mx(lines(500, "@ MX 10 m%d.mx-500.it."))
                  .extra(lines(500, "m%d A 5.196.1.1")),
              report -> {
                // 500 servers of one domain are one provider, not a mix.
                Finding other = finding(report, FindingCode.MX_OTHER_PROVIDER);
                assertThat(other.param("found")).contains("10 m1.mx-500.it", "10 m500.mx-500.it");
                assertThat(other.param("provider")).isEqualTo("mx-500.it");
                assertThat(codes(report))
                    .contains(FindingCode.SPF_VALID, FindingCode.DMARC_VALID)
                    .doesNotContain(FindingCode.DNS_TIMEOUT, FindingCode.MX_TARGET_UNRESOLVABLE);
              }),
          row(
              "an MX host with 100 A records",
              new Customer("mx-100a.it")
                  .mx("@ MX 10 mail.mx-100a.it.")
                  .extra(lines(100, "mail A 5.196.2.%d")),
              report -> {
                assertThat(codes(report))
                    .contains(
                        FindingCode.MX_OTHER_PROVIDER,
                        FindingCode.SPF_VALID,
                        FindingCode.DMARC_VALID)
                    .doesNotContain(FindingCode.DNS_TIMEOUT, FindingCode.MX_TARGET_UNRESOLVABLE);
              }),
          row(
              "a DMARC record of 10 KB",
              new Customer("dmarc-10k.it")
                  .dmarc(
                      txt(
                          "_dmarc",
                          "v=DMARC1; p=reject; rua="
                              + lines(420, "mailto:r%d@dmarc-10k.it").replace("\n", ","))),
              report -> {
                complete(report);
                assertThat(finding(report, FindingCode.DMARC_VALID).param("record"))
                    .hasSizeGreaterThan(10_000)
                    .endsWith("mailto:r420@dmarc-10k.it");
              }),
          row(
              "a nameserver answering garbage",
              new Customer("garbage-ns.it")
                  .nameservers("@ NS ns1.matrix.it.\n@ NS ns3.matrix.it.\n"),
              report -> {
                Finding lame = finding(report, FindingCode.NS_LAME);
                assertThat(lame.param("nameserver")).isEqualTo("ns3.matrix.it (127.0.0.34)");
                assertThat(lame.param("reasonKey")).isEqualTo("reason.lame.failed");
                assertThat(codes(report))
                    .contains(
                        FindingCode.MX_HOME_CURRENT,
                        FindingCode.SPF_VALID,
                        FindingCode.DMARC_VALID);
              }),
          new Row(
              "forged answers (wrong id, wrong question) before the real one",
              new Customer("forged.it"),
              world -> {},
              world -> world.forgedApp,
              FaultMatrixTest::complete));

  private static MatrixWorld world;
  private static LeakCount before;

  @BeforeAll
  static void start() throws Exception {
    before = LeakCount.now();
    world = new MatrixWorld(ROWS.stream().map(Row::zone).toList());
  }

  @AfterEach
  void clearFaults() {
    world.clearFaults();
  }

  @AfterAll
  static void stopAndCountLeaks() throws Exception {
    world.close();
    LeakCount.assertBackTo(before);
  }

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @Timeout(60)
  @DisplayName("the report says what could not be checked, and claims nothing it did not see")
  void row(Row row) {
    row.faults().accept(world);

    // Some faults never answer: a report at all is the deadline's doing.
    Report report = MatrixWorld.diagnose(row.asking().apply(world), row.zone().domain);

    row.expect().accept(report);
    PlatformReplies.assertFitEveryPlatform(report);
  }

  /** The DNS_TIMEOUT finding names each of these lookups as not checked. */
  private static void notChecked(Report report, String... lookups) {
    assertThat(finding(report, FindingCode.DNS_TIMEOUT).param("unanswered")).contains(lookups);
  }

  /** Nothing unanswered is reported as missing: no "you have no MX, SPF, DMARC". */
  private static void claimsNoAbsence(Report report) {
    assertThat(codes(report))
        .doesNotContain(
            FindingCode.MX_NONE,
            FindingCode.MX_NONE_IMPLICIT,
            FindingCode.SPF_NONE,
            FindingCode.DMARC_NONE,
            FindingCode.DOMAIN_NOT_FOUND);
  }

  /** What the broken nameservers do not affect is still found: MX, SPF and DMARC all fine. */
  private static void restIsCorrect(Report report) {
    assertThat(codes(report))
        .contains(FindingCode.MX_HOME_CURRENT, FindingCode.SPF_VALID, FindingCode.DMARC_VALID);
  }

  /** The whole report, as for a healthy customer: nothing left unchecked. */
  private static void complete(Report report) {
    restIsCorrect(report);
    assertThat(codes(report)).doesNotContain(FindingCode.DNS_TIMEOUT, FindingCode.NS_LAME);
  }

  private static Finding finding(Report report, FindingCode code) {
    return report.findings().stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + report.findings()));
  }

  static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }
}
