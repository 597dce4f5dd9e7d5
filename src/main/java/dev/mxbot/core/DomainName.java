package dev.mxbot.core;

import java.net.IDN;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * A domain name the agent asked about, normalised: {@code ascii} is the lower-case A-label form
 * without trailing dot ({@code xn--caff-8oa.it}), {@code unicode} the form to show ({@code
 * caffè.it}).
 */
public record DomainName(String ascii, String unicode) {

  /** Inputs longer than this are refused before any other work, whatever they contain. */
  static final int MAX_INPUT = 2048;

  public DomainName {
    Objects.requireNonNull(ascii, "ascii");
    Objects.requireNonNull(unicode, "unicode");
  }

  // equals and hashCode by hand (see the package documentation)
  @Override
  public boolean equals(Object other) {
    return other instanceof DomainName o
        && Objects.equals(ascii, o.ascii)
        && Objects.equals(unicode, o.unicode);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(ascii) + Objects.hashCode(unicode);
  }

  /**
   * Parses what an agent typed: a domain, an e-mail address, a URL, Slack's auto-links, an IDN.
   * Refusals (see the contract) come back as values, with the rule broken and what was received.
   * Does no I/O and bounded work for any input.
   *
   * <p>Accepted: {@code example.com}, {@code Example.COM.}, {@code user@example.com}, {@code
   * mailto:user@example.com}, {@code https://user@www.example.com:8443/path?q#f}, {@code
   * www.example.com/path}, {@code caffè.it}, {@code 例え。テスト}, {@code ｅｘａｍｐｌｅ.com}, Slack's {@code
   * <http://example.com|example.com>} and {@code <mailto:a@example.com|a@example.com>}, {@code
   * <a@example.com>}, and any of those in quotes or backticks with spaces around. Refused: trailing
   * punctuation ({@code example.com,}), since it may be a mistyped dot. Whether the top-level
   * domain is public is not judged here: {@link InputPolicy#parse} adds that rule.
   *
   * @param input what the agent typed, options already removed; {@code null} counts as empty
   * @param deniedSuffixes names that may not be checked, nor any name under them ({@code local}
   *     refuses {@code printer.local} but not {@code notlocal.com})
   */
  public static ParsedDomain parse(String input, Collection<String> deniedSuffixes) {
    String trimmed = InputForms.strip(input == null ? "" : input);
    if (trimmed.isEmpty()) {
      return ParsedDomain.refused(Refusals.of(InputRefusal.EMPTY, "empty", ""));
    }
    if (trimmed.length() > MAX_INPUT) {
      String length = Integer.toString(trimmed.length());
      String max = Integer.toString(HostnameRules.MAX_NAME);
      return ParsedDomain.refused(
          Refusals.invalid("too_long", trimmed, "length", length, "max", max));
    }
    String normalised = HostnameRules.nfkc(trimmed);
    InputForms.Candidate candidate = InputForms.hostOf(normalised, trimmed);
    if (candidate.refusal() != null) {
      return ParsedDomain.refused(candidate.refusal());
    }
    ParsedDomain parsed = HostnameRules.check(candidate.host(), trimmed);
    if (!parsed.isAccepted()) {
      return parsed;
    }
    for (String denied : deniedSuffixes) {
      String suffix = asciiSuffix(denied);
      String ascii = parsed.domain().ascii();
      if (!suffix.isEmpty() && (ascii.equals(suffix) || ascii.endsWith("." + suffix))) {
        return ParsedDomain.refused(
            Refusals.of(InputRefusal.NOT_ALLOWED, "denied_suffix", trimmed, "suffix", suffix));
      }
    }
    return parsed;
  }

  /**
   * A domain from trusted text (tests, configuration): a bare name in A-label or Unicode form, one
   * trailing dot allowed; no URL, address or link forms.
   *
   * @throws IllegalArgumentException naming the broken rule when {@code name} is not a domain
   */
  public static DomainName of(String name) {
    ParsedDomain parsed = HostnameRules.check(name, name);
    if (!parsed.isAccepted()) {
      InputRefusal refusal = parsed.refusal();
      throw new IllegalArgumentException(
          "not a domain name (" + refusal.rule() + "): " + refusal.params());
    }
    return parsed.domain();
  }

  static String asciiSuffix(String suffix) {
    String s = HostnameRules.normalise(suffix.strip());
    s = s.replaceAll("^\\.+|\\.+$", "");
    if (plainAscii(s)) {
      // IDN's answer for such a name, without loading its tables
      return s.toLowerCase(Locale.ROOT);
    }
    try {
      return IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** ASCII labels of 1 to 63 characters: names {@code IDN.toASCII} returns as they are. */
  private static boolean plainAscii(String name) {
    if (!name.chars().allMatch(c -> c < 0x80)) {
      return false;
    }
    for (String label : name.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63) {
        return false;
      }
    }
    return true;
  }

  /** The absolute form used in DNS questions: {@code example.it.}. */
  public String fqdn() {
    return ascii + ".";
  }

  /** A name below this domain, e.g. {@code child("_dmarc")} is {@code _dmarc.example.it.}. */
  public String child(String label) {
    return label + "." + fqdn();
  }

  @Override
  public String toString() {
    return ascii;
  }
}
