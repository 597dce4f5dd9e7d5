package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.EveryProtocolProbe;
import dev.mxbot.testing.EveryProtocolProbe.Place;
import dev.mxbot.testing.EveryProtocolProbe.Role;
import dev.mxbot.testing.NamespaceProbe;
import dev.mxbot.testing.NamespaceProbe.Target;
import dev.mxbot.testing.SinkNamespace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that an ordinary {@code /mx} diagnosis, as {@code serve} runs it and as the {@code
 * check} command runs it in a JVM of its own, with the SMTP probe switched on, sends not one
 * packet, by any protocol to any port, to a special-purpose address it found in DNS data, whichever
 * name of the customer's world holds it: nameserver (DNS over UDP and TCP), the parent zone's
 * nameserver, MX host by name or as an address (the SMTP/STARTTLS probe, which DANE shares),
 * MTA-STS policy host (HTTPS), and every other name (apex, {@code mail}, autoconfiguration, SRV
 * targets, SPF terms) — while the operator's resolver on 127.0.0.1 answers everything.
 *
 * <p>In a network namespace of its own, the child ({@link EveryProtocolProbe}) routes each of those
 * addresses — one per role for every kind of special-purpose address of {@link
 * NamespaceProbe#TARGETS}, and a public one per role — to a veth sink of its own, and the default
 * routes to one more ({@link SinkNamespace}); a sink counts every packet sent through it and takes
 * it nowhere. Unlike a listener on port 53 ({@link NamespacePrivateAddressesTest}), a sink sees an
 * HTTPS or SMTP connection as well as a DNS question, and which role's address it went to.
 *
 * <p>The controls show that the zone and the counters work: in the same strict run the public
 * address of every role a check connects to is sent packets; with {@code dns.allowPrivateAddresses}
 * the same domains send packets to every kind of special-purpose address of each such role; and one
 * datagram of the child's own to each address is counted. Needs {@code unshare} (util-linux),
 * {@code ip} (iproute2) and veth interfaces; skipped only where a network namespace cannot be
 * created.
 */
@DisplayName(
    "in a network namespace of its own, /mx with the SMTP probe on sends not one packet, by any"
        + " protocol, to a special-purpose address from DNS")
public class NamespaceEveryProtocolTest {

  /** The longest the child may run before it is killed and the test fails with its output. */
  private static final long CHILD_LIMIT_SECONDS = 240;

  private static Probe probe;

  @BeforeAll
  static void diagnoseInNamespace() throws Exception {
    SinkNamespace namespace = SinkNamespace.available().withVeth();
    Map<String, String> sinks = new LinkedHashMap<>();
    EveryProtocolProbe.PLACES.forEach(place -> sinks.put(place.sink(), place.counted()));
    probe =
        new Probe(
            namespace.run(
                SinkNamespace.sinks(
                    sinks, EveryProtocolProbe.ELSEWHERE_SINK, EveryProtocolProbe.PREFIX),
                EveryProtocolProbe.class,
                List.of(),
                CHILD_LIMIT_SECONDS,
                EveryProtocolProbe.PREFIX + "done"));
  }

  /** The strict phases: {@code serve}'s diagnosis, and the {@code check} command in its own JVM. */
  static Stream<Named<String>> strictPhases() {
    return Stream.of(
        Named.of("/mx as serve runs it", "strict"),
        Named.of("the check command, as a user runs it (its own JVM, Main.main)", "check"));
  }

  @ParameterizedTest(
      name =
          "{0}, private addresses refused, SMTP probe on: zero packets to the special-purpose"
              + " address of every role — nameserver, parent nameserver, MX host, MX address,"
              + " MTA-STS host, any other name — and zero anywhere else off loopback")
  @MethodSource("strictPhases")
  void nothingSentToSpecialAddresses(String phase) {
    Map<String, Long> sent = probe.counts(phase, place -> place.kind().special());
    assertThat(sent)
        .as(probe.output)
        .hasSize(probe.counted(place -> place.kind().special()))
        .allSatisfy((where, packets) -> assertThat(packets).as(where).isZero());
    assertThat(probe.elsewhere(phase)).as(probe.output).isZero();
  }

  @ParameterizedTest(
      name =
          "{0}: in the same run, the public nameserver, parent nameserver, MX host, MX address and"
              + " MTA-STS host are sent packets: the checks did try, and only the special"
              + " addresses were spared")
  @MethodSource("strictPhases")
  void publicAddressesAreContacted(String phase) {
    Map<String, Long> sent =
        probe.counts(phase, place -> !place.kind().special() && place.role().connects());
    assertThat(sent)
        .as(probe.output)
        .hasSize((int) Arrays.stream(Role.values()).filter(Role::connects).count())
        .allSatisfy((where, packets) -> assertThat(packets).as(where).isPositive());
  }

  @Test
  @DisplayName(
      "each such domain's report says why: NS_ADDRESS_PRIVATE, MX_TARGET_PRIVATE and MTA-STS"
          + " 'private_address'")
  void reportsSayWhy() {
    for (Target kind : NamespaceProbe.TARGETS) {
      if (!kind.special()) {
        continue;
      }
      assertThat(probe.findings("strict", EveryProtocolProbe.domain(kind)))
          .as(EveryProtocolProbe.domain(kind) + "\n" + probe.output)
          .contains("NS_ADDRESS_PRIVATE", "MX_TARGET_PRIVATE", "MTA_STS_INVALID:private_address");
    }
  }

  @Test
  @DisplayName(
      "the check command answers every domain (exit 1: errors found, not 2 or 3) and says why:"
          + " NS_ADDRESS_PRIVATE, MX_TARGET_PRIVATE and MTA_STS_INVALID")
  void checkCommandSaysWhy() {
    assertThat(probe.checkExit).as(probe.output).isEqualTo(1);
    for (Target kind : NamespaceProbe.TARGETS) {
      if (!kind.special()) {
        continue;
      }
      assertThat(probe.findings("check", EveryProtocolProbe.domain(kind)))
          .as(EveryProtocolProbe.domain(kind) + "\n" + probe.output)
          .contains("NS_ADDRESS_PRIVATE", "MX_TARGET_PRIVATE", "MTA_STS_INVALID");
    }
  }

  static Stream<Named<Role>> connectingRoles() {
    return Arrays.stream(Role.values()).filter(Role::connects).map(r -> Named.of(r.shown(), r));
  }

  @ParameterizedTest(
      name = "control, private addresses allowed: {0} is sent packets at every kind of address")
  @MethodSource("connectingRoles")
  void allowedRoleIsCounted(Role role) {
    Map<String, Long> sent = probe.counts("allowed", place -> place.role() == role);
    assertThat(sent)
        .as(probe.output)
        .hasSize(probe.counted(place -> place.role() == role))
        .allSatisfy((where, packets) -> assertThat(packets).as(where).isPositive());
  }

  @Test
  @DisplayName(
      "control: one datagram of the child's own to each of those addresses, and to addresses"
          + " elsewhere, is counted")
  void datagramsAreCounted() {
    assertThat(probe.counts("datagram", place -> true))
        .as(probe.output)
        .hasSize(probe.counted(place -> true))
        .allSatisfy((where, packets) -> assertThat(packets).as(where).isPositive());
    assertThat(probe.elsewhere("datagram")).as(probe.output).isPositive();
  }

  /** What the child printed. */
  private static final class Probe {
    final String output;
    final Map<String, Map<String, Long>> counts = new HashMap<>();
    final Map<String, List<String>> findings = new HashMap<>();
    final Set<String> unavailable = new TreeSet<>();
    Integer checkExit;

    Probe(String output) {
      this.output = output;
      for (String line : output.lines().toList()) {
        if (!line.startsWith(EveryProtocolProbe.PREFIX)) {
          continue;
        }
        String[] words = line.substring(EveryProtocolProbe.PREFIX.length()).split(" ");
        switch (words[0]) {
          case "count" ->
              counts
                  .computeIfAbsent(words[1], phase -> new LinkedHashMap<>())
                  .put(words[2], Long.parseLong(words[3]));
          case "report" ->
              findings.put(
                  words[1] + " " + words[2],
                  words.length > 3 ? List.of(words[3].split(",")) : List.of());
          case "unavailable" -> unavailable.add(words[1]);
          case "check" -> {
            if (words[1].equals("exit")) {
              checkExit = Integer.parseInt(words[2]);
            }
          }
          default -> {
            // unsent, control host, done, watchdog: shown with the output when an assertion fails
          }
        }
      }
    }

    List<String> findings(String phase, String domain) {
      return findings.getOrDefault(phase + " " + domain, List.of());
    }

    /** How many places {@code which} selects can be counted: not an IPv6 one without IPv6. */
    int counted(Predicate<Place> which) {
      return (int)
          EveryProtocolProbe.PLACES.stream()
              .filter(which)
              .filter(place -> !(place.ipv6() && unavailable.contains(place.counted())))
              .count();
    }

    /**
     * The packets sent during {@code phase} to each place {@code which} selects, by a name that
     * says the kind, role and address; an IPv6 place is left out only when the namespace has no
     * IPv6.
     */
    Map<String, Long> counts(String phase, Predicate<Place> which) {
      Map<String, Long> all = counts.getOrDefault(phase, Map.of());
      Map<String, Long> sent = new LinkedHashMap<>();
      for (Place place : EveryProtocolProbe.PLACES) {
        if (!which.test(place) || (place.ipv6() && unavailable.contains(place.counted()))) {
          continue;
        }
        Long count = all.get(place.sink());
        if (count != null) {
          sent.put(place.kind().host() + " " + place.role() + " " + place.counted(), count);
        }
      }
      return sent;
    }

    long elsewhere(String phase) {
      Long count = counts.getOrDefault(phase, Map.of()).get(EveryProtocolProbe.ELSEWHERE_SINK);
      assertThat(count).as("no " + phase + " count elsewhere:\n" + output).isNotNull();
      return count;
    }
  }
}
