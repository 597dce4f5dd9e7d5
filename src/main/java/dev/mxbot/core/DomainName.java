package dev.mxbot.core;

import java.util.Collection;

/**
 * A domain name the agent asked about, normalised: {@code ascii} is the lower-case A-label form
 * without trailing dot ({@code xn--caff-8oa.it}), {@code unicode} the form to show ({@code
 * caffè.it}).
 */
public record DomainName(String ascii, String unicode) {

  /**
   * Parses what an agent typed: a domain, an e-mail address, a URL, Slack's auto-link forms, an
   * IDN. Refusals (see the contract) come back as values and never cause a DNS query.
   */
  public static ParsedDomain parse(String input, Collection<String> deniedSuffixes) {
    throw new UnsupportedOperationException("TODO");
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
