package dev.mxbot.checks.spf;

import java.util.Locale;

/**
 * One term of an SPF record (RFC 7208 §4.6.1): a mechanism with its qualifier, or a modifier. Names
 * are lower case; {@link #text()} is the term as written.
 */
public sealed interface SpfTerm permits SpfTerm.Mechanism, SpfTerm.Modifier {

  /** The term as written in the record. */
  String text();

  /**
   * A mechanism: {@code all}, {@code include}, {@code a}, {@code mx}, {@code ptr}, {@code ip4},
   * {@code ip6} or {@code exists}.
   *
   * @param text the term as written
   * @param qualifier {@code +}, {@code -}, {@code ~} or {@code ?} ({@code +} when none is written)
   * @param name the mechanism name, lower case
   * @param domainSpec the domain-spec after {@code :}, empty when none (also empty for ip4/ip6)
   * @param network the address of ip4/ip6, empty otherwise
   * @param cidr4 the IPv4 prefix length, -1 when absent
   * @param cidr6 the IPv6 prefix length, -1 when absent
   */
  record Mechanism(
      String text,
      char qualifier,
      String name,
      String domainSpec,
      String network,
      int cidr4,
      int cidr6)
      implements SpfTerm {

    /** True for the mechanisms that cost a DNS lookup (RFC 7208 §4.6.4). */
    public boolean queriesDns() {
      return switch (name) {
        case "include", "a", "mx", "ptr", "exists" -> true;
        default -> false;
      };
    }

    /** True when the domain-spec holds a macro, so it cannot be evaluated without a message. */
    public boolean hasMacro() {
      return domainSpec.contains("%");
    }

    /** The name this mechanism asks about: its domain-spec, else the record's own domain. */
    public String target(String ownDomain) {
      return domainSpec.isEmpty() ? ownDomain : normalise(domainSpec);
    }
  }

  /**
   * A modifier {@code name=value}: {@code redirect}, {@code exp} or one this parser ignores.
   *
   * @param text the term as written
   * @param name the modifier name, lower case
   * @param value the text after {@code =}
   */
  record Modifier(String text, String name, String value) implements SpfTerm {

    public boolean hasMacro() {
      return value.contains("%");
    }
  }

  /** {@code Mx.OVH.com.} → {@code mx.ovh.com}. */
  static String normalise(String domain) {
    String lower = domain.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") && lower.length() > 1
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }
}
