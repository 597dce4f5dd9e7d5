package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Tells a name the zone made unreadable from a resolver that failed. When the resolver answers
 * SERVFAIL (as Unbound does for a CNAME loop) or the lookup failed while chasing aliases, the
 * name's chain is followed hop by hop with CNAME questions, which resolvers answer without chasing:
 * a name seen twice is a loop, more than {@value #MAX_ALIASES} CNAMEs a chain too long, both errors
 * of the zone that running the check again will not change. Anything else (a hop that fails too, a
 * chain that ends at a name whose own answer failed) proves nothing. Safe for concurrent use.
 */
final class AliasChains {

  /** The most CNAMEs a chain may hold; mxbot's resolver follows as many and no more. */
  static final int MAX_ALIASES = Dns.MAX_ALIASES;

  private final Lookups lookups;

  AliasChains(Lookups lookups) {
    this.lookups = lookups;
  }

  /**
   * Asks {@code name} (absolute) through {@link Lookups} on the report's shared view, and follows
   * its chain when the answer may be a broken one. The asking check's area is unchecked when the
   * answer failed and no broken chain explains it; a proven broken chain leaves it checked.
   */
  CompletableFuture<ChainedAnswer> resolve(CheckContext context, String name, RecordType type) {
    CheckContext shared = context.shared();
    return lookups
        .resolve(shared, name, type)
        .thenCompose(
            answer -> {
              if (!worthFollowing(answer)) {
                if (answer.isUnanswered()) {
                  context.markUnchecked();
                }
                return CompletableFuture.completedFuture(ChainedAnswer.of(answer));
              }
              return lookups
                  .aliasChain(shared, name)
                  .thenApply(
                      chain -> {
                        if (!chain.broken()) {
                          context.markUnchecked();
                        }
                        return new ChainedAnswer(
                            answer, Optional.of(chain).filter(c -> c.broken()));
                      });
            });
  }

  /**
   * True for an answer a broken chain may explain: SERVFAIL, or FAILED (a loop or an over-long
   * chain chased by mxbot's resolver), to a question that is not itself a CNAME question.
   */
  static boolean worthFollowing(DnsAnswer answer) {
    return answer.type() != RecordType.CNAME
        && (answer.status() == DnsAnswer.Status.SERVFAIL
            || answer.status() == DnsAnswer.Status.FAILED);
  }

  /**
   * Follows the chain of {@code name} (absolute, lower case) one CNAME question at a time, asked
   * with {@code askCname}, until it loops, grows past {@value #MAX_ALIASES} CNAMEs, reaches a name
   * without a CNAME, or a question fails.
   */
  static CompletableFuture<AliasChain> follow(
      String name, Function<String, CompletableFuture<DnsAnswer>> askCname) {
    List<String> names = new ArrayList<>();
    names.add(Hosts.absolute(name));
    return hop(names, askCname);
  }

  private static CompletableFuture<AliasChain> hop(
      List<String> names, Function<String, CompletableFuture<DnsAnswer>> askCname) {
    String current = names.get(names.size() - 1);
    return askCname
        .apply(current)
        .thenCompose(
            answer -> {
              if (answer.isUnanswered()) {
                return ended(names, AliasChain.End.UNANSWERED);
              }
              Optional<String> target =
                  answer.records().stream()
                      .filter(r -> r.type() == RecordType.CNAME)
                      .map(DnsRecord::data)
                      .map(Hosts::absolute)
                      .findFirst();
              if (target.isEmpty()) {
                return ended(names, AliasChain.End.NAME);
              }
              boolean seen = names.contains(target.get());
              names.add(target.get());
              if (seen) {
                return ended(names, AliasChain.End.LOOP);
              }
              if (names.size() - 1 > MAX_ALIASES) {
                return ended(names, AliasChain.End.TOO_LONG);
              }
              return hop(names, askCname);
            })
        .exceptionally(e -> new AliasChain(names, AliasChain.End.UNANSWERED));
  }

  private static CompletableFuture<AliasChain> ended(List<String> names, AliasChain.End end) {
    return CompletableFuture.completedFuture(new AliasChain(names, end));
  }
}
