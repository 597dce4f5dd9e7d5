package dev.mxbot.checks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a name's CNAME chain leads, asked hop by hop: into a loop, past {@value
 * AliasChains#MAX_ALIASES} aliases, to a name without an alias, or to a question that got no
 * answer. Only a loop and an over-long chain are proven errors of the zone ({@link #broken()}).
 *
 * @param names the name asked, then each CNAME target in order (the repeated name last, for a loop)
 * @param end how the chain ended
 */
record AliasChain(List<String> names, End end) {

  /** How a chain followed hop by hop ended. */
  enum End {
    /** A target already in the chain: receivers never reach a record. */
    LOOP,
    /** More CNAMEs than resolvers are expected to follow. */
    TOO_LONG,
    /** A name without a CNAME: the chain itself is fine, the failure came from elsewhere. */
    NAME,
    /** A CNAME question failed or came too late: nothing is proven. */
    UNANSWERED
  }

  AliasChain {
    names = List.copyOf(names);
  }

  /** True when the zone itself makes the name unreadable: a loop, or a chain too long. */
  boolean broken() {
    return end == End.LOOP || end == End.TOO_LONG;
  }

  /** The chain as shown to the agent: {@code mx.example.it → a.example.it → mx.example.it}. */
  String shown() {
    return names.stream().map(Hosts::relative).collect(Collectors.joining(" → "));
  }

  /** {@code cname_loop} or {@code cname_too_long}: the end of a broken chain in message keys. */
  String reason() {
    return end == End.LOOP ? "cname_loop" : "cname_too_long";
  }
}
