package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.NamespaceProbe.Target;
import dev.mxbot.testing.SinkNamespace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the launcher's class-cache training ({@link CacheTraining}) sends not one packet
 * off loopback, whatever a team's demo zones say. In a network namespace of its own ({@code unshare
 * -n}) the child ({@link TrainingProbe}) trains, text then JSON, on a demo with one more sample
 * whose nameservers, MX hosts, apex, {@code mail}, {@code mta-sts} hosts and SPF terms are at the
 * special-purpose addresses and the public control address of {@link
 * dev.mxbot.checks.NamespacePrivateAddressesTest} (the demo's own samples, some at public
 * addresses, are trained on too).
 *
 * <p>The training's direct questions would go to the port of the demo's zone server, a port chosen
 * when training starts; so the addresses are not given to a listener on some port but routed, each,
 * to a veth interface of its own that counts every packet sent through it, whatever its protocol or
 * port, and takes it nowhere. The default routes (IPv4 and IPv6) lead to one more such sink: a
 * packet to any other non-loopback address counts too. No production seam is needed.
 *
 * <p>Two controls show the sinks count in this very set-up: after the training, an ordinary check
 * of the same sample in the same demo world, its DNS not wrapped in {@link LoopbackOnlyDns}, sends
 * packets to every target; and one datagram of the child's own to each address is counted. The test
 * needs {@code unshare} (util-linux), {@code ip} (iproute2) and veth interfaces, and is skipped
 * only where a network namespace cannot be created.
 */
@DisplayName(
    "the launcher's cache training asks nothing but loopback, in a network namespace of its own")
class NamespaceCacheTrainingTest {

  /** The longest the child may run before it is killed and the test fails with its output. */
  private static final long CHILD_LIMIT_SECONDS = 240;

  @TempDir static Path directory;

  private static Probe probe;

  @BeforeAll
  static void trainInNamespace() throws Exception {
    SinkNamespace namespace = SinkNamespace.available().withVeth();
    Map<String, String> sinks = new LinkedHashMap<>();
    TrainingProbe.TARGETS.forEach(
        target -> sinks.put(TrainingProbe.sink(target), target.counted()));
    probe =
        new Probe(
            namespace.run(
                SinkNamespace.sinks(sinks, TrainingProbe.ELSEWHERE_SINK, TrainingProbe.PREFIX),
                TrainingProbe.class,
                List.of(directory.toString()),
                CHILD_LIMIT_SECONDS,
                TrainingProbe.PREFIX + "done"));
  }

  @Test
  @DisplayName(
      "text training, on the demo's samples and one served from special-purpose and public"
          + " addresses: not one packet to any of them, nor anywhere else off loopback")
  void textTraining() {
    assertThat(probe.checked("text")).as(probe.output).contains(TrainingProbe.DOMAIN);
    assertNothingSent("text");
  }

  @Test
  @DisplayName("JSON training, on the same samples: not one packet off loopback either")
  void jsonTraining() {
    assertThat(probe.checked("json")).as(probe.output).contains(TrainingProbe.DOMAIN);
    assertNothingSent("json");
  }

  @Test
  @DisplayName(
      "control: the same sample, checked in the same world without the loopback-only guard, sends"
          + " packets to every one of those addresses, and they are counted")
  void unguardedCheckIsCounted() {
    assertThat(probe.counts("unguarded", false))
        .as(probe.output)
        .isNotEmpty()
        .allSatisfy((address, sent) -> assertThat(sent).as(address).isPositive());
  }

  @Test
  @DisplayName(
      "control: one datagram to each of those addresses, and to addresses elsewhere, is counted")
  void datagramsAreCounted() {
    assertThat(probe.counts("datagram", true))
        .as(probe.output)
        .containsKey(TrainingProbe.ELSEWHERE)
        .allSatisfy((address, sent) -> assertThat(sent).as(address).isPositive());
  }

  private static void assertNothingSent(String phase) {
    assertThat(probe.counts(phase, true))
        .as(probe.output)
        .containsKey(TrainingProbe.ELSEWHERE)
        .allSatisfy((address, sent) -> assertThat(sent).as(address).isZero());
  }

  /** What the child printed. */
  private static final class Probe {
    final String output;
    final Map<String, Map<String, Long>> counts = new HashMap<>();
    final Map<String, List<String>> checked = new HashMap<>();
    final Set<String> unavailable = new TreeSet<>();

    Probe(String output) {
      this.output = output;
      for (String line : output.lines().toList()) {
        if (!line.startsWith(TrainingProbe.PREFIX)) {
          continue;
        }
        String[] words = line.substring(TrainingProbe.PREFIX.length()).split(" ");
        switch (words[0]) {
          case "count" ->
              counts
                  .computeIfAbsent(words[1], phase -> new LinkedHashMap<>())
                  .put(words[2], Long.parseLong(words[3]));
          case "checked" ->
              checked.put(words[1], words.length > 2 ? List.of(words[2].split(",")) : List.of());
          case "unavailable" -> unavailable.add(words[1]);
          default -> {
            // findings, unsent, done, watchdog: shown with the output when an assertion fails
          }
        }
      }
    }

    List<String> checked(String output) {
      return checked.getOrDefault(output, List.of());
    }

    /**
     * The packets each target's address (and, {@code elsewhere}, every other address) was sent
     * during {@code phase}. Every IPv4 address must have been counted; an IPv6 one may be missing
     * only when the namespace has no IPv6.
     */
    Map<String, Long> counts(String phase, boolean elsewhere) {
      Map<String, Long> all = counts.getOrDefault(phase, Map.of());
      Map<String, Long> sent = new LinkedHashMap<>();
      for (Target target : TrainingProbe.TARGETS) {
        if (target.ipv6() && unavailable.contains(target.counted())) {
          continue;
        }
        Long count = all.get(target.counted());
        assertThat(count)
            .as("no " + phase + " count for " + target.counted() + ":\n" + output)
            .isNotNull();
        sent.put(target.counted(), count);
      }
      if (elsewhere) {
        assertThat(all).as(output).containsKey(TrainingProbe.ELSEWHERE);
        sent.put(TrainingProbe.ELSEWHERE, all.get(TrainingProbe.ELSEWHERE));
      }
      return sent;
    }
  }
}
