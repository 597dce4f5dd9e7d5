package dev.mxbot.cli;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Report;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.ChildWatchdog;
import dev.mxbot.testing.NamespaceProbe;
import dev.mxbot.testing.NamespaceProbe.Target;
import dev.mxbot.testing.SinkCounters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The child JVM of {@link NamespaceCacheTrainingTest}, run inside a network namespace of its own
 * whose interfaces are {@code lo} and one veth "sink" per address of {@link #TARGETS} ({@link
 * #sink}), plus {@value #ELSEWHERE_SINK} for every other non-loopback address (the default routes):
 * a packet to any such address, whatever its protocol or port, leaves through its sink and is
 * counted there ({@link SinkCounters}), and goes no further. So the counters do not depend on the
 * port the demo's zone server happens to get.
 *
 * <p>It writes, into the directory its argument names, a configuration whose demo has a sample
 * served by those addresses ({@link TrainingConfig}), trains on it as the launcher's recording run
 * does ({@link CacheTraining#train}, text then JSON), and then runs two controls: an ordinary check
 * of the same sample in the same demo world but without {@link LoopbackOnlyDns} (it asks the
 * nameservers directly), and one datagram of its own to each address. After each phase it prints,
 * for each sink, the packets sent during it, on lines starting {@value #PREFIX} for the parent to
 * read. Never run outside a namespace.
 */
final class TrainingProbe {

  /** The start of every line meant for the parent. */
  static final String PREFIX = "training ";

  /** The sample added to the demo: every server of it is at an address of {@link #TARGETS}. */
  static final String DOMAIN = "netns-training.it";

  /** The special-purpose addresses and the public control of the ordinary checks' proof. */
  static final List<Target> TARGETS = NamespaceProbe.TARGETS;

  /** The sink of every non-loopback address that is not a target's. */
  static final String ELSEWHERE_SINK = "mxtx";

  /** How {@link #ELSEWHERE_SINK} is named in the counts. */
  static final String ELSEWHERE = "elsewhere";

  /** Addresses (IPv4 and IPv6) of no target, for the datagram control of {@link #ELSEWHERE}. */
  private static final List<String> ELSEWHERE_ADDRESSES =
      List.of("198.51.100.77", "2001:db8:ffff::77");

  private static final Duration UNGUARDED_DEADLINE = Duration.ofSeconds(4);

  /** However the phases go, the child ends by then (the parent's own limit is longer). */
  private static final long WATCHDOG_MS = 150_000;

  private final PrintStream out;
  private Map<String, Long> before;

  private TrainingProbe(PrintStream out) throws IOException {
    this.out = out;
    this.before = SinkCounters.read();
  }

  /** The interface that the route to {@code target}'s address leads to. */
  static String sink(Target target) {
    return "mxt" + TARGETS.indexOf(target);
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ChildWatchdog.start(out, PREFIX, WATCHDOG_MS, "training-probe-watchdog");
    Path config = new TrainingConfig(DOMAIN, TARGETS).write(Path.of(args[0]));
    TrainingProbe probe = new TrainingProbe(out);
    out.println(PREFIX + "checked text " + String.join(",", CacheTraining.train(config, false)));
    probe.phase("text");
    out.println(PREFIX + "checked json " + String.join(",", CacheTraining.train(config, true)));
    probe.phase("json");
    out.println(PREFIX + "findings " + checkUnguarded(config));
    probe.phase("unguarded");
    probe.sendOneDatagramEach();
    probe.phase("datagram");
    out.println(PREFIX + "done");
    System.exit(0);
  }

  /** Prints what each sink sent since the last phase: {@code count <phase> <address> <n>}. */
  private void phase(String name) throws IOException {
    Map<String, Long> now = SinkCounters.read();
    Map<String, String> labels = new LinkedHashMap<>();
    TARGETS.forEach(target -> labels.put(sink(target), target.counted()));
    labels.put(ELSEWHERE_SINK, ELSEWHERE);
    labels.forEach(
        (sink, label) -> {
          if (!now.containsKey(sink)) {
            throw new IllegalStateException("no interface " + sink + " in this namespace");
          }
          long sent = now.get(sink) - before.getOrDefault(sink, 0L);
          out.println(PREFIX + "count " + name + " " + label + " " + sent);
        });
    before = now;
  }

  /**
   * The ordinary check of {@value #DOMAIN} in the demo world the training uses (its zone server as
   * resolver and nameserver port, private addresses allowed), but with the checks' DNS as {@code
   * check} builds it, not wrapped in {@link LoopbackOnlyDns}: the codes of its findings.
   */
  private static String checkUnguarded(Path config) throws IOException {
    CommonOptions options = new CommonOptions();
    options.config = config;
    try (ZoneServer server = DemoZones.load(config.resolve("demo")).start();
        Bootstrap app =
            Bootstrap.start(
                options, c -> LoopbackWorld.of(c, server).withDeadline(UNGUARDED_DEADLINE))) {
      Report report =
          app.get(Diagnosis.class).diagnose(DOMAIN, DomainName.of(DOMAIN), CheckOptions.NONE);
      return report.findings().stream()
          .map(f -> f.code().name())
          .distinct()
          .collect(Collectors.joining(","));
    }
  }

  /** One UDP datagram to port 53 of each target's address and of each address elsewhere. */
  private void sendOneDatagramEach() throws IOException {
    List<String> addresses = new ArrayList<>();
    TARGETS.forEach(target -> addresses.add(target.counted()));
    addresses.addAll(ELSEWHERE_ADDRESSES);
    SinkCounters.sendOneDatagramEach(addresses, out, PREFIX);
  }
}
