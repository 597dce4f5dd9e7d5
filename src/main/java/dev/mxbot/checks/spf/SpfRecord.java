package dev.mxbot.checks.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A syntactically valid SPF record (RFC 7208): its terms in order, after {@code v=spf1}.
 *
 * @param text the record as published, trimmed
 * @param terms the mechanisms and modifiers in order, including those after {@code all}
 */
public record SpfRecord(String text, List<SpfTerm> terms) implements SpfParsed {

  public SpfRecord {
    terms = List.copyOf(terms);
  }

  /**
   * Parses a TXT text: a {@link SpfRecord}, or a {@link SpfSyntaxError} naming the first malformed
   * term. Case-insensitive; any run of spaces separates terms. Pure.
   */
  public static SpfParsed parse(String text) {
    return SpfParser.parse(text);
  }

  /** The mechanisms a receiver may evaluate: those up to and including the first {@code all}. */
  public List<SpfTerm.Mechanism> evaluated() {
    List<SpfTerm.Mechanism> mechanisms = new ArrayList<>();
    for (SpfTerm term : terms) {
      if (term instanceof SpfTerm.Mechanism m) {
        mechanisms.add(m);
        if (m.name().equals("all")) {
          break;
        }
      }
    }
    return mechanisms;
  }

  /** The first {@code all} mechanism, when there is one. */
  public Optional<SpfTerm.Mechanism> all() {
    return evaluated().stream().filter(m -> m.name().equals("all")).findFirst();
  }

  /** The modifier with this (lower-case) name, when present. */
  public Optional<SpfTerm.Modifier> modifier(String name) {
    return terms.stream()
        .filter(SpfTerm.Modifier.class::isInstance)
        .map(SpfTerm.Modifier.class::cast)
        .filter(m -> m.name().equals(name))
        .findFirst();
  }

  /**
   * The {@code redirect=} modifier a receiver follows: none when the record has an {@code all}
   * mechanism, which makes {@code redirect} ignored (RFC 7208 §6.1).
   */
  public Optional<SpfTerm.Modifier> redirect() {
    return all().isPresent() ? Optional.empty() : modifier("redirect");
  }

  /** The mechanisms of this record named {@code name} that a receiver may evaluate. */
  public List<SpfTerm.Mechanism> evaluated(String name) {
    return evaluated().stream().filter(m -> m.name().equals(name)).toList();
  }
}
