package dev.mxbot.checks;

import java.util.Optional;

/**
 * What one DNS-querying term of an SPF record led to (RFC 7208 §4.6.4): {@code include}, {@code a},
 * {@code mx}, {@code ptr}, {@code exists} or {@code redirect}. Each counts as one lookup.
 *
 * @param term the term as written
 * @param name the mechanism name, or {@code redirect}
 * @param target the name asked about, lower case without trailing dot (the domain-spec as written
 *     when it holds a macro)
 * @param outcome what the lookup found
 * @param count the SPF records found at an include/redirect target ({@code NO_RECORD}), or the MX
 *     hosts of an {@code mx} ({@code RESOLVED}); 0 otherwise
 * @param isVoid true when the lookup found nothing (NXDOMAIN or no records): a void lookup
 * @param child the target's record, for {@code RECORD}
 * @param chain the target's CNAME chain, for {@code BROKEN_CHAIN}
 */
record SpfStep(
    String term,
    String name,
    String target,
    Outcome outcome,
    int count,
    boolean isVoid,
    Optional<SpfNode> child,
    Optional<AliasChain> chain) {

  /** What a term's lookup found. */
  enum Outcome {
    /** An include/redirect target with exactly one SPF record, in {@code child}. */
    RECORD,
    /** An include/redirect target with no SPF record, or several ({@code count}). */
    NO_RECORD,
    /** An include/redirect target already on the path from the domain: a loop. */
    LOOP,
    /**
     * An include/redirect target whose CNAME chain loops or is too long ({@code chain}): receivers
     * reach no record there.
     */
    BROKEN_CHAIN,
    /** A domain-spec with a macro: it depends on the message, so it is not looked up. */
    MACRO,
    /** {@code a}, {@code mx} or {@code exists} found records. */
    RESOLVED,
    /** {@code a}, {@code mx} or {@code exists} found nothing. */
    VOID,
    /** The lookup got no answer (timeout, failure): nothing can be said about it. */
    UNANSWERED,
    /**
     * Not looked up: more than 10 lookups came before it, or more than 2 void lookups were found
     * already, so a receiver returns permerror before it and the evaluation stopped.
     */
    NOT_FOLLOWED,
    /** {@code ptr}: its lookups depend on the sender's address, so it is only counted. */
    COUNTED
  }

  static SpfStep of(String term, String name, String target, Outcome outcome) {
    return new SpfStep(
        term,
        name,
        target,
        outcome,
        0,
        outcome == Outcome.VOID,
        Optional.empty(),
        Optional.empty());
  }

  /** True for the terms that point to another SPF record: {@code include} and {@code redirect}. */
  boolean follows() {
    return name.equals("include") || name.equals("redirect");
  }
}
