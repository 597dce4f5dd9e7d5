package dev.mxbot.core;

import java.util.List;
import java.util.Objects;

/**
 * What input the bot refuses besides syntax: names equal to or under these suffixes (from {@code
 * input.deniedSuffixes} in configuration), then any name whose top-level domain is not public
 * (asked of {@code publicSuffixes}); and the reply languages it offers. Every adapter parses the
 * domain through {@link #parse}, so these refusals come before any DNS query. Immutable and safe
 * for concurrent use.
 */
public record InputPolicy(
    List<String> deniedSuffixes, PublicSuffixes publicSuffixes, List<String> languages) {

  /**
   * Internal names and the special-use names of RFC 6761 ({@code test}, {@code example}, {@code
   * invalid}, {@code localhost}), RFC 6762 ({@code local}), RFC 7686 ({@code onion}), RFC 8375
   * ({@code home.arpa}) and RFC 9476 ({@code alt}). {@code onion} and {@code arpa} are in the
   * public-suffix list, so only this list keeps them out.
   */
  public static final List<String> DEFAULT_DENIED_SUFFIXES =
      List.of(
          "localhost",
          "local",
          "internal",
          "intranet",
          "lan",
          "home.arpa",
          "arpa",
          "invalid",
          "test",
          "example",
          "onion",
          "alt");

  public InputPolicy {
    deniedSuffixes = List.copyOf(deniedSuffixes);
    Objects.requireNonNull(publicSuffixes, "publicSuffixes");
    languages = List.copyOf(languages);
  }

  /**
   * {@code input} as a domain (see {@link DomainName#parse}), or why not: a syntax refusal, {@code
   * denied_suffix}, or {@code not_public_tld} (code {@code INPUT_NOT_ALLOWED}, with the top-level
   * domain as {@code tld}).
   */
  public ParsedDomain parse(String input) {
    ParsedDomain parsed = DomainName.parse(input, deniedSuffixes);
    if (!parsed.isAccepted() || publicSuffixes.isPublic(parsed.domain())) {
      return parsed;
    }
    String unicode = parsed.domain().unicode();
    String tld = unicode.substring(unicode.lastIndexOf('.') + 1);
    return ParsedDomain.refused(
        Refusals.of(
            InputRefusal.NOT_ALLOWED,
            "not_public_tld",
            InputForms.strip(input == null ? "" : input),
            "tld",
            tld));
  }
}
