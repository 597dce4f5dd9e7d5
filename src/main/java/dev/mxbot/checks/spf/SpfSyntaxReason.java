package dev.mxbot.checks.spf;

import java.util.Locale;

/** The ways an SPF record can be malformed that the parser tells apart. */
public enum SpfSyntaxReason {
  /** The record does not start with {@code v=spf1} ({@code v=spf2.0}, or {@code v=spf1} later). */
  VERSION,
  /** A second {@code v=spf1}: usually two records pasted into one. */
  VERSION_TWICE,
  /** Quotes inside the text (the zone editor already adds its own). */
  QUOTE,
  /** A comma between terms: SPF separates terms with spaces only. */
  COMMA,
  /** {@code include=} (or {@code a=}, {@code ip4=}...) instead of {@code include:}. */
  MECHANISM_EQUALS,
  /** No space before {@code ~all}, {@code -all}... ({@code include:mx.ovh.com~all}). */
  MISSING_SPACE,
  /** A mechanism name that does not exist ({@code ipv4:}, {@code inlcude:}). */
  UNKNOWN_MECHANISM,
  /** {@code include}, {@code exists}, {@code ip4} or {@code ip6} without their value. */
  MISSING_ARGUMENT,
  /** A value where none is allowed ({@code all:x}, {@code -all/24}). */
  UNEXPECTED_ARGUMENT,
  /** {@code ip4:} followed by a host name instead of an address. */
  IP4_HOSTNAME,
  /** {@code ip4:} with an invalid IPv4 address. */
  IP4_INVALID,
  /** {@code ip6:} with an invalid IPv6 address. */
  IP6_INVALID,
  /** A prefix length out of range ({@code ip4:192.0.2.1/33}) or badly written. */
  CIDR,
  /** A domain-spec that is not a domain name (no top-level label, forbidden characters). */
  DOMAIN,
  /** A malformed macro ({@code %{x}}, {@code %d}, a lone {@code %}). */
  MACRO,
  /** A modifier name that is not valid, or a modifier with a qualifier. */
  MODIFIER,
  /** {@code redirect=} or {@code exp=} twice. */
  DUPLICATE_MODIFIER,
  /** A second {@code all}: everything after the first one is ignored. */
  ALL_TWICE;

  /** The key naming this reason, e.g. {@code mechanism_equals}; stable, for logs and messages. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
