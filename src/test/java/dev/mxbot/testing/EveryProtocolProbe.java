package dev.mxbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.checks.NamespaceEveryProtocolTest;
import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.config.SmtpProbeSettings;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.Report;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.testing.NamespaceProbe.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The child JVM of {@link NamespaceEveryProtocolTest}, run in a network namespace of its own whose
 * interfaces are {@code lo} and one veth "sink" per {@link Place} (a route to its address alone)
 * plus {@value #ELSEWHERE_SINK} behind the default routes ({@link SinkNamespace#sinks}): whatever
 * the child sends to a non-loopback address, by any protocol to any port, is counted on a sink
 * ({@link SinkCounters}) and goes nowhere.
 *
 * <p>The world: one customer domain per kind of address of {@link NamespaceProbe#TARGETS} ({@link
 * #domain}), each under a parent zone of its own (an Italian province's public suffix), and every
 * {@link Role} a check might connect to at an address of that kind, a different one per role (so a
 * sink says which role was contacted): its MTA-STS policy host, nameserver, MX host, MX host
 * written as an address, the parent zone's nameserver, and every other name (apex, {@code mail},
 * autoconfiguration, SRV targets, SPF terms). The operator's resolver is a {@link ZoneServer} on
 * 127.0.0.1:53 that answers for all of it; the SMTP probe is on, port 25, its control host a {@link
 * FakeSmtpServer} on 127.0.0.1:25 (the operator's choice, so the probe goes on to the MX hosts).
 *
 * <p>Phases, the sinks read after each: {@code strict} (every domain diagnosed as {@code serve}
 * does, {@code dns.allowPrivateAddresses} false), {@code check} (every domain checked by the {@code
 * check} command as a user runs it: a JVM of its own from {@code Main.main}, the SMTP probe
 * switched on through the environment), {@code allowed} (as {@code strict}, the setting true),
 * {@code datagram} (one UDP datagram of the child's own to every place and to two addresses
 * elsewhere). Lines for the parent start {@value #PREFIX}. Never run outside a namespace: it binds
 * ports 53 and 25 of 127.0.0.1.
 */
public final class EveryProtocolProbe {

  /** The start of every line meant for the parent. */
  public static final String PREFIX = "every ";

  /** The sink of every non-loopback address that is not a place's. */
  public static final String ELSEWHERE_SINK = "mxax";

  /** How {@link #ELSEWHERE_SINK} is named in the counts. */
  public static final String ELSEWHERE = "elsewhere";

  /** Addresses (IPv4 and IPv6) of no place, for the datagram control of {@link #ELSEWHERE}. */
  private static final List<String> ELSEWHERE_ADDRESSES =
      List.of("198.51.100.77", "2001:db8:ffff::77");

  /** One parent zone per kind of address: public suffixes, so each domain is registrable. */
  private static final List<String> PARENTS =
      List.of(
          "ag.it", "al.it", "an.it", "ao.it", "ap.it", "aq.it", "ar.it", "at.it", "av.it", "ba.it",
          "bg.it", "bi.it", "bl.it", "bn.it");

  /** Short, so that blackholed connections of the control end soon. */
  private static final Duration DEADLINE = Duration.ofSeconds(4);

  private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(3);

  /**
   * Diagnoses at once: the SMTP probe has 16 threads for all reports, and each of these domains
   * costs two blackholed conversations in the control; more at once would leave some queued past
   * the deadline, never connecting.
   */
  private static final int AT_ONCE = 4;

  private static final int DNS_PORT = 53;

  /** The {@code check} command's JVM is killed after this (its reports take seconds). */
  private static final long CHECK_LIMIT_SECONDS = 90;

  private static final int SMTP_PORT = 25;

  /** However the phases go, the child ends by then (the parent's own limit is longer). */
  private static final long WATCHDOG_MS = 150_000;

  /** What a name of a customer's world is for, and so what a check may send to its address. */
  public enum Role {
    MTA_STS("sts", "the MTA-STS policy host (HTTPS, port 443)", true),
    NAMESERVER("ns", "the nameserver, in glue and zone (DNS over UDP and TCP, port 53)", true),
    MX("mx", "the MX host (SMTP/STARTTLS probe, port 25, also what DANE would compare)", true),
    MX_LITERAL("lit", "the MX host written as an address (SMTP probe, port 25)", true),
    PARENT("pa", "the parent zone's nameserver (DNS, port 53)", true),
    OTHER(
        "nm",
        "every other name: apex, mail, autoconfig, autodiscover, SRV targets, SPF a/mx/ip terms",
        false);

    private final String tag;
    private final String shown;
    private final boolean connects;

    Role(String tag, String shown, boolean connects) {
      this.tag = tag;
      this.shown = shown;
      this.connects = connects;
    }

    /** What the role is, for messages. */
    public String shown() {
      return shown;
    }

    /**
     * Whether some check connects to this role's address when allowed: the control proves it for
     * these. No check connects to an {@link #OTHER} name's address today; its sinks are there so
     * that one that did would be caught.
     */
    public boolean connects() {
      return connects;
    }

    /** Each role's address is its kind's with this added to the last byte: the same range. */
    int offset() {
      return 16 * ordinal();
    }
  }

  /**
   * One role's address of one kind: the record published ({@code type}, {@code record}), the
   * address a client sends to ({@code counted}: differs only for an IPv4-mapped AAAA record) and
   * the sink its route leads to.
   */
  public record Place(Target kind, Role role, String type, String record, String counted) {

    public String sink() {
      return "mxa" + NamespaceProbe.TARGETS.indexOf(kind) + role.tag;
    }

    public boolean ipv6() {
      return counted.contains(":");
    }
  }

  /** Every place: each kind of {@link NamespaceProbe#TARGETS}, each role. Addresses all differ. */
  public static final List<Place> PLACES = places();

  private EveryProtocolProbe() {}

  private static List<Place> places() {
    List<Place> places = new ArrayList<>();
    for (Target kind : NamespaceProbe.TARGETS) {
      for (Role role : Role.values()) {
        String counted = shifted(kind.counted(), role.offset());
        String record = kind.record().equals(kind.counted()) ? counted : "::ffff:" + counted;
        places.add(new Place(kind, role, kind.type(), record, counted));
      }
    }
    Set<String> distinct = new HashSet<>();
    places.forEach(
        place -> {
          if (!distinct.add(place.counted())) {
            throw new IllegalStateException("two places at " + place.counted());
          }
        });
    if (PARENTS.size() < NamespaceProbe.TARGETS.size()) {
      throw new IllegalStateException("fewer parent zones than kinds of address");
    }
    return List.copyOf(places);
  }

  /**
   * {@code address} with {@code offset} added to its last byte: every range of the targets is a /24
   * or wider, and the embedded IPv4 address of a NAT64, 6to4 or Teredo one stays special-purpose.
   */
  private static String shifted(String address, int offset) {
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
      bytes[bytes.length - 1] = (byte) (bytes[bytes.length - 1] + offset);
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(address, e);
    }
  }

  /** The place of {@code role} for {@code kind}. */
  public static Place place(Target kind, Role role) {
    return PLACES.stream()
        .filter(p -> p.kind().equals(kind) && p.role() == role)
        .findFirst()
        .orElseThrow();
  }

  /** The customer domain whose every role is at {@code kind}'s addresses. */
  public static String domain(Target kind) {
    return "any-" + kind.host().substring("ns-".length()) + "." + parent(kind);
  }

  private static String parent(Target kind) {
    return PARENTS.get(NamespaceProbe.TARGETS.indexOf(kind));
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ChildWatchdog.start(out, PREFIX, WATCHDOG_MS, "every-protocol-probe-watchdog");
    try (ZoneServer resolver = resolver();
        FakeSmtpServer control =
            FakeSmtpServer.start(
                "127.0.0.1", SMTP_PORT, FakeSmtpServer.Behaviour.NO_STARTTLS, null)) {
      Map<String, Long> before = SinkCounters.read();
      diagnoseAll(out, "strict", resolver.socketAddress(), false);
      before = phase(out, "strict", before);
      checkAll(out, "check", resolver.socketAddress());
      before = phase(out, "check", before);
      diagnoseAll(out, "allowed", resolver.socketAddress(), true);
      before = phase(out, "allowed", before);
      sendOneDatagramEach(out);
      phase(out, "datagram", before);
      out.println(PREFIX + "control host connections=" + control.connections());
    }
    out.println(PREFIX + "done");
    System.exit(0);
  }

  /** Prints what each sink sent since {@code before}: {@code count <phase> <sink> <n>}. */
  private static Map<String, Long> phase(PrintStream out, String name, Map<String, Long> before)
      throws IOException {
    Map<String, Long> now = SinkCounters.read();
    List<String> sinks = new ArrayList<>(PLACES.stream().map(Place::sink).toList());
    sinks.add(ELSEWHERE_SINK);
    for (String sink : sinks) {
      if (!now.containsKey(sink)) {
        throw new IllegalStateException("no interface " + sink + " in this namespace");
      }
      long sent = now.get(sink) - before.getOrDefault(sink, 0L);
      out.println(PREFIX + "count " + name + " " + sink + " " + sent);
    }
    return now;
  }

  /**
   * Diagnoses every domain as {@code serve} does ({@link Bootstrap}, {@link Diagnosis}), {@value
   * #AT_ONCE} at once, the SMTP probe on; prints each report's findings: {@code report <phase>
   * <domain> CODE,CODE:reason,...}.
   */
  private static void diagnoseAll(
      PrintStream out, String phase, InetSocketAddress resolver, boolean allowed) throws Exception {
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    SmtpProbeSettings smtp =
        new SmtpProbeSettings(
            true, SMTP_PORT, SMTP_TIMEOUT, "mxbot.invalid", Optional.of("127.0.0.1"));
    ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
    try (Bootstrap app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(resolver))
                    .withAuthoritativePort(DNS_PORT)
                    .withAllowPrivateAddresses(allowed)
                    .withSmtp(smtp)
                    .withDeadline(DEADLINE))) {
      Diagnosis diagnosis = app.get(Diagnosis.class);
      Map<String, Future<Report>> reports = new LinkedHashMap<>();
      for (Target kind : NamespaceProbe.TARGETS) {
        String domain = domain(kind);
        reports.put(
            domain,
            threads.submit(
                () -> diagnosis.diagnose(domain, DomainName.of(domain), CheckOptions.NONE)));
      }
      for (Map.Entry<String, Future<Report>> report : reports.entrySet()) {
        out.println(
            PREFIX
                + "report "
                + phase
                + " "
                + report.getKey()
                + " "
                + report.getValue().get().findings().stream()
                    .map(EveryProtocolProbe::shown)
                    .distinct()
                    .collect(Collectors.joining(",")));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Checks every domain with the {@code check} command, as a user runs it: {@code java … Main check
   * --json} in a JVM of its own (so through {@code Main.main}, its plain command-line reading and
   * {@code CheckWiring}, not {@link Bootstrap}), private addresses refused (the default), the SMTP
   * probe switched on through the environment as an operator would; prints its exit code ({@code
   * check exit <n>}) and each report's finding codes ({@code report <phase> <domain> CODE,...}).
   */
  private static void checkAll(PrintStream out, String phase, InetSocketAddress resolver)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.mxbot.cli.Main",
                "check",
                "--json",
                "--config",
                DemoWorld.CONFIG.toString(),
                "--resolver",
                resolver.getAddress().getHostAddress() + ":" + resolver.getPort(),
                "--authoritative-port",
                Integer.toString(DNS_PORT)));
    NamespaceProbe.TARGETS.forEach(kind -> command.add(domain(kind)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("MXBOT_"));
    env.put("MXBOT_SMTP_PROBE", "true");
    env.put("MXBOT_SMTP_PORT", Integer.toString(SMTP_PORT));
    env.put("MXBOT_SMTP_TIMEOUT", SMTP_TIMEOUT.toSeconds() + "s");
    env.put("MXBOT_SMTP_CONTROLHOST", "127.0.0.1");
    env.put("MXBOT_DIAGNOSIS_DEADLINE", DEADLINE.toSeconds() + "s");
    Process check = builder.start();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      Future<String> json = readers.submit(() -> text(check.getInputStream()));
      Future<String> errors = readers.submit(() -> text(check.getErrorStream()));
      if (!check.waitFor(CHECK_LIMIT_SECONDS, TimeUnit.SECONDS)) {
        check.destroyForcibly().waitFor();
        out.println(PREFIX + "check killed after " + CHECK_LIMIT_SECONDS + " s");
      }
      out.println(PREFIX + "check exit " + check.exitValue());
      errors.get().lines().forEach(line -> out.println("check stderr: " + line));
      printReports(out, phase, json.get());
    } finally {
      readers.shutdownNow();
    }
  }

  private static String text(InputStream stream) throws IOException {
    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
  }

  /** {@code report <phase> <domain> CODE,...} for each report of a {@code check --json} array. */
  private static void printReports(PrintStream out, String phase, String json) throws IOException {
    for (JsonNode report : new ObjectMapper().readTree(json)) {
      List<String> codes = new ArrayList<>();
      report.path("findings").forEach(finding -> codes.add(finding.path("code").asText()));
      out.println(
          PREFIX
              + "report "
              + phase
              + " "
              + report.path("domain").asText()
              + " "
              + codes.stream().distinct().collect(Collectors.joining(",")));
    }
  }

  /** {@code CODE}, or {@code CODE:reason} for a finding with a reason ({@code MTA_STS_INVALID}). */
  private static String shown(Finding finding) {
    String reason = finding.params().get("reasonKey");
    return reason == null
        ? finding.code().name()
        : finding.code().name() + ":" + reason.substring(reason.lastIndexOf('.') + 1);
  }

  /** One UDP datagram to port 53 of each place's address and of each address elsewhere. */
  private static void sendOneDatagramEach(PrintStream out) throws IOException {
    List<String> addresses = new ArrayList<>(PLACES.stream().map(Place::counted).toList());
    addresses.addAll(ELSEWHERE_ADDRESSES);
    SinkCounters.sendOneDatagramEach(addresses, out, PREFIX);
  }

  /**
   * The operator's resolver on 127.0.0.1:53: the {@code it.} zone, each parent zone (its nameserver
   * at its kind's {@link Role#PARENT} address; the customer's delegation with glue), each customer
   * zone, and the home provider's zones of the demo.
   */
  private static ZoneServer resolver() {
    StringBuilder it =
        new StringBuilder(
            """
            $ORIGIN it.
            $TTL 86400
            @ SOA a.dns.it. hostmaster.nic.it. 1 10800 3600 604800 3600
            @ NS a.dns.it.
            a.dns A 127.0.0.1
            """);
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1").port(DNS_PORT);
    for (Target kind : NamespaceProbe.TARGETS) {
      String parent = parent(kind);
      String label = parent.substring(0, parent.indexOf('.'));
      Place pns = place(kind, Role.PARENT);
      it.append(
          "%1$s NS pns.%1$s.it.\npns.%1$s %2$s %3$s\n".formatted(label, pns.type(), pns.record()));
      builder.zone(parent + ".", parentZone(kind));
      builder.zone(domain(kind) + ".", customerZone(kind));
    }
    builder.zone("it.", it.toString());
    // The home provider's zones, as NamespaceProbe serves them.
    Path demoZones = DemoWorld.CONFIG.resolve("demo").resolve("zones");
    builder.zone(demoZones.resolve("ovh.net.zone")).zone(demoZones.resolve("ovh.com.zone"));
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String parentZone(Target kind) {
    String domain = domain(kind);
    String label = domain.substring(0, domain.indexOf('.'));
    Place pns = place(kind, Role.PARENT);
    Place ns = place(kind, Role.NAMESERVER);
    return """
        $ORIGIN %1$s.
        $TTL 3600
        @ SOA pns.%1$s. hostmaster.%1$s. 1 3600 600 86400 300
        @ NS pns.%1$s.
        pns %2$s %3$s
        %4$s NS ns1.%5$s.
        ns1.%4$s %6$s %7$s
        """
        .formatted(parent(kind), pns.type(), pns.record(), label, domain, ns.type(), ns.record());
  }

  /**
   * Every name of the customer a check reads, each at its role's address: the MTA-STS record (so
   * the policy is due), a TLSA record for the MX host (so DANE compares), autoconfiguration,
   * autodiscover and submission records, SPF {@code ip4}/{@code ip6}, {@code a}, {@code a:} and
   * {@code mx} terms, DMARC, TLS-RPT and BIMI records.
   */
  private static String customerZone(Target kind) {
    Place ns = place(kind, Role.NAMESERVER);
    Place mx = place(kind, Role.MX);
    Place literal = place(kind, Role.MX_LITERAL);
    Place sts = place(kind, Role.MTA_STS);
    Place other = place(kind, Role.OTHER);
    String ipTerm = (other.ipv6() ? "ip6:" : "ip4:") + other.counted();
    return """
        $ORIGIN %1$s.
        $TTL 3600
        @ SOA ns1.%1$s. hostmaster.%1$s. 1 3600 600 86400 300
        @ NS ns1.%1$s.
        ns1 %2$s %3$s
        @ MX 10 mx.%1$s.
        @ MX 20 %4$s.
        mx %2$s %5$s
        _25._tcp.mx TLSA 3 1 1 %6$s
        mta-sts %2$s %7$s
        _mta-sts TXT "v=STSv1; id=20260101"
        @ %2$s %8$s
        mail %2$s %8$s
        autoconfig CNAME mail.%1$s.
        autodiscover CNAME mail.%1$s.
        smtp CNAME mail.%1$s.
        imap CNAME mail.%1$s.
        _autodiscover._tcp SRV 0 0 443 mail.%1$s.
        _imaps._tcp SRV 0 0 993 mail.%1$s.
        _submission._tcp SRV 0 0 587 mail.%1$s.
        _submissions._tcp SRV 0 0 465 mail.%1$s.
        @ TXT "v=spf1 %9$s a a:mail.%1$s mx ~all"
        _dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@%1$s"
        _smtp._tls TXT "v=TLSRPTv1; rua=mailto:tls@%1$s"
        default._bimi TXT "v=BIMI1; l=https://mail.%1$s/logo.svg"
        """
        .formatted(
            domain(kind),
            kind.type(),
            ns.record(),
            literal.record(),
            mx.record(),
            "ab".repeat(32),
            sts.record(),
            other.record(),
            ipTerm);
  }
}
