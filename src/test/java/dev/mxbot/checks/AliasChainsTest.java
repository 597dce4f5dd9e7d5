package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Following a failed name's CNAME chain one question at a time, as mxbot does when the resolver
 * answers SERVFAIL or its own chase failed: what is proven about the zone, and what is not.
 */
@DisplayName("Following a name's CNAME chain hop by hop")
class AliasChainsTest {

  /** A resolver answering CNAME questions from {@code aliases}, failing those in {@code broken}. */
  private static final class CnameResolver {
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> failing;
    private final List<String> asked = new ArrayList<>();

    CnameResolver(Set<String> failing, String... pairs) {
      this.failing = failing;
      for (int i = 0; i < pairs.length; i += 2) {
        aliases.put(pairs[i], pairs[i + 1]);
      }
    }

    CompletableFuture<DnsAnswer> ask(String name) {
      asked.add(name);
      Status status =
          failing.contains(name)
              ? Status.SERVFAIL
              : aliases.containsKey(name) ? Status.OK : Status.NODATA;
      List<DnsRecord> records =
          status == Status.OK
              ? List.of(new DnsRecord(name, RecordType.CNAME, 60, aliases.get(name)))
              : List.of();
      return CompletableFuture.completedFuture(
          new DnsAnswer(name, RecordType.CNAME, status, records, List.of(), false, false, null));
    }

    AliasChain follow(String name) {
      return AliasChains.follow(name, this::ask).join();
    }
  }

  /** {@code c0 → c1 → … → c<length>}, then a name without an alias. */
  private static CnameResolver chainOf(int length) {
    String[] pairs = new String[length * 2];
    for (int i = 0; i < length; i++) {
      pairs[2 * i] = "c" + i + ".example.it.";
      pairs[2 * i + 1] = "c" + (i + 1) + ".example.it.";
    }
    return new CnameResolver(Set.of(), pairs);
  }

  @Test
  @DisplayName("two names pointing at each other are a proven loop, shown from the name asked")
  void loopOfTwo() {
    CnameResolver dns =
        new CnameResolver(
            Set.of(), "mx.example.it.", "a.example.it.", "a.example.it.", "mx.example.it.");

    AliasChain chain = dns.follow("MX.example.it");

    assertThat(chain.end()).isEqualTo(AliasChain.End.LOOP);
    assertThat(chain.broken()).isTrue();
    assertThat(chain.shown()).isEqualTo("mx.example.it → a.example.it → mx.example.it");
    assertThat(chain.reason()).isEqualTo("cname_loop");
    assertThat(dns.asked).containsExactly("mx.example.it.", "a.example.it.");
  }

  @Test
  @DisplayName("a name that is an alias of itself is a loop of one")
  void loopOfOne() {
    CnameResolver dns = new CnameResolver(Set.of(), "a.example.it.", "a.example.it.");

    AliasChain chain = dns.follow("a.example.it.");

    assertThat(chain.end()).isEqualTo(AliasChain.End.LOOP);
    assertThat(chain.shown()).isEqualTo("a.example.it → a.example.it");
  }

  @Test
  @DisplayName("a loop further down the chain is found where it closes")
  void loopFurtherDown() {
    CnameResolver dns =
        new CnameResolver(
            Set.of(),
            "x.example.it.",
            "a.example.it.",
            "a.example.it.",
            "b.example.it.",
            "b.example.it.",
            "a.example.it.");

    assertThat(dns.follow("x.example.it.").shown())
        .isEqualTo("x.example.it → a.example.it → b.example.it → a.example.it");
  }

  @Test
  @DisplayName("8 CNAMEs ending at a name without an alias prove nothing wrong")
  void eightAliases() {
    CnameResolver dns = chainOf(8);

    AliasChain chain = dns.follow("c0.example.it.");

    assertThat(chain.end()).isEqualTo(AliasChain.End.NAME);
    assertThat(chain.broken()).isFalse();
    assertThat(chain.names()).hasSize(9).endsWith("c8.example.it.");
  }

  @Test
  @DisplayName("a 9th CNAME makes the chain too long, and its target is not asked")
  void nineAliases() {
    CnameResolver dns = chainOf(20);

    AliasChain chain = dns.follow("c0.example.it.");

    assertThat(chain.end()).isEqualTo(AliasChain.End.TOO_LONG);
    assertThat(chain.reason()).isEqualTo("cname_too_long");
    assertThat(chain.names()).hasSize(10).endsWith("c9.example.it.");
    assertThat(dns.asked).hasSize(9).doesNotContain("c9.example.it.");
  }

  @Test
  @DisplayName("a hop whose CNAME question fails proves nothing")
  void failingHop() {
    CnameResolver dns =
        new CnameResolver(
            Set.of("b.example.it."),
            "x.example.it.",
            "b.example.it.",
            "b.example.it.",
            "x.example.it.");

    AliasChain chain = dns.follow("x.example.it.");

    assertThat(chain.end()).isEqualTo(AliasChain.End.UNANSWERED);
    assertThat(chain.broken()).isFalse();
  }

  @Test
  @DisplayName("a name that is no alias at all ends the chain at once")
  void noAlias() {
    AliasChain chain = new CnameResolver(Set.of()).follow("mx.example.it.");

    assertThat(chain.end()).isEqualTo(AliasChain.End.NAME);
    assertThat(chain.names()).containsExactly("mx.example.it.");
  }

  @Test
  @DisplayName("only SERVFAIL and FAILED answers to other questions than CNAME are worth following")
  void worthFollowing() {
    assertThat(AliasChains.worthFollowing(answer(RecordType.TXT, Status.SERVFAIL))).isTrue();
    assertThat(AliasChains.worthFollowing(answer(RecordType.A, Status.FAILED))).isTrue();
    assertThat(AliasChains.worthFollowing(answer(RecordType.CNAME, Status.SERVFAIL))).isFalse();
    assertThat(AliasChains.worthFollowing(answer(RecordType.A, Status.TIMEOUT))).isFalse();
    assertThat(AliasChains.worthFollowing(answer(RecordType.A, Status.REFUSED))).isFalse();
    assertThat(AliasChains.worthFollowing(answer(RecordType.A, Status.NXDOMAIN))).isFalse();
  }

  private static DnsAnswer answer(RecordType type, Status status) {
    return new DnsAnswer("x.example.it.", type, status, List.of(), List.of(), false, false, null);
  }
}
