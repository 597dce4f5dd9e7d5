package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.NamespaceProbe;
import dev.mxbot.testing.NamespaceProbe.Target;
import dev.mxbot.testing.SinkNamespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The proof {@link PrivateAddressesTest} cannot give on loopback alone: in a network namespace of
 * its own ({@code unshare -n}), where private, link-local (cloud metadata), CGNAT, benchmarking,
 * documentation, ULA and NAT64/6to4/Teredo/IPv4-mapped addresses are real addresses of {@code lo}
 * with a counter on port 53, a diagnosis of a zone delegated to them sends not one UDP datagram and
 * opens not one TCP connection to any of them, while the operator's resolver and a public
 * nameserver are asked. The control run, with {@code dns.allowPrivateAddresses}, shows the counters
 * see the traffic when it is sent. The diagnosis runs in a child JVM ({@link NamespaceProbe}); this
 * test needs {@code unshare} (util-linux) and {@code ip} (iproute2), and is skipped only where a
 * network namespace cannot be created.
 */
@DisplayName("in a network namespace of its own, /mx sends nothing to special-purpose addresses")
public class NamespacePrivateAddressesTest {

  /** The longest a child may run before it is killed and the test fails with its output. */
  private static final long CHILD_LIMIT_SECONDS = 120;

  private static SinkNamespace namespace;

  @BeforeAll
  static void namespaces() throws Exception {
    namespace = SinkNamespace.available();
  }

  @Test
  @DisplayName(
      "dns.allowPrivateAddresses false: zero datagrams and zero connections to every special"
          + " address, NS_ADDRESS_PRIVATE for each such nameserver; the resolver and the public"
          + " nameserver are asked")
  void strict() throws Exception {
    Probe probe = run("strict");

    assertThat(probe.counts(true))
        .as(probe.output)
        .isNotEmpty()
        .allSatisfy((address, count) -> assertThat(count).isEqualTo(new Count(0, 0)));
    assertThat(probe.counts(false))
        .as(probe.output)
        .allSatisfy((address, count) -> assertThat(count.udp()).isPositive());
    assertThat(probe.resolverQuestions).as(probe.output).isPositive();
    assertThat(probe.findings).as(probe.output).contains("NS_ADDRESS_PRIVATE");
    assertThat(probe.privateNameservers)
        .as(probe.output)
        .containsExactlyInAnyOrderElementsOf(
            NamespaceProbe.TARGETS.stream()
                .filter(Target::special)
                .map(t -> t.host() + ".nsnet.it")
                .toList());
  }

  @Test
  @DisplayName(
      "control, dns.allowPrivateAddresses true: the same counters see datagrams and connections"
          + " on every special address, and no NS_ADDRESS_PRIVATE")
  void countersSeeTrafficWhenAllowed() throws Exception {
    Probe probe = run("allowed");

    assertThat(probe.counts(true))
        .as(probe.output)
        .isNotEmpty()
        .allSatisfy(
            (address, count) -> {
              assertThat(count.udp()).as(address + " UDP").isPositive();
              assertThat(count.tcp()).as(address + " TCP").isPositive();
            });
    assertThat(probe.findings).as(probe.output).doesNotContain("NS_ADDRESS_PRIVATE");
  }

  /** What a counter saw on one address: UDP datagrams and TCP connections. */
  record Count(int udp, int tcp) {}

  /** What one child printed. */
  private static final class Probe {
    final String output;
    final Map<String, Count> counts = new LinkedHashMap<>();
    final Set<String> unavailable = new TreeSet<>();
    final List<String> privateNameservers = new ArrayList<>();
    final List<String> findings = new ArrayList<>();
    int resolverQuestions = -1;

    Probe(String output) {
      this.output = output;
      for (String line : output.lines().toList()) {
        if (!line.startsWith(NamespaceProbe.PREFIX)) {
          continue;
        }
        String[] words = line.substring(NamespaceProbe.PREFIX.length()).split(" ");
        switch (words[0]) {
          case "count" -> counts.put(words[1], new Count(number(words[2]), number(words[3])));
          case "unavailable" -> unavailable.add(words[1]);
          case "private" -> privateNameservers.add(words[1]);
          case "findings" -> findings.addAll(Arrays.asList(words[1].split(",")));
          case "resolver" -> resolverQuestions = number(words[1]);
          default -> {
            // done, watchdog: shown with the output when an assertion fails
          }
        }
      }
    }

    /** The number of a {@code name=number} word. */
    private static int number(String word) {
      return Integer.parseInt(word.substring(word.indexOf('=') + 1));
    }

    /**
     * The counts of the addresses that are (or are not) special-purpose. Every IPv4 address must
     * have been counted; an IPv6 one may be missing only when the namespace has no IPv6.
     */
    Map<String, Count> counts(boolean special) {
      Map<String, Count> totals = new LinkedHashMap<>();
      for (Target target : NamespaceProbe.TARGETS) {
        if (target.special() != special) {
          continue;
        }
        Count count = counts.get(target.counted());
        if (count == null) {
          assertThat(target.ipv6() && unavailable.contains(target.counted()))
              .as("no count for " + target.counted() + ":\n" + output)
              .isTrue();
        } else {
          totals.put(target.counted(), count);
        }
      }
      return totals;
    }
  }

  /** Runs {@link NamespaceProbe} in a new network namespace, its addresses added to {@code lo}. */
  private static Probe run(String mode) throws Exception {
    StringBuilder script = new StringBuilder();
    for (Target target : NamespaceProbe.TARGETS) {
      String address = target.counted();
      if (target.ipv6()) {
        script.append(
            "\"$ip\" -6 addr add %s/128 dev lo nodad || echo '%sno IPv6 address %s'\n"
                .formatted(address, NamespaceProbe.PREFIX, address));
      } else {
        script.append("\"$ip\" addr add %s/32 dev lo\n".formatted(address));
      }
    }
    return new Probe(
        namespace.run(
            script.toString(),
            NamespaceProbe.class,
            List.of(mode),
            CHILD_LIMIT_SECONDS,
            NamespaceProbe.PREFIX + "done"));
  }
}
