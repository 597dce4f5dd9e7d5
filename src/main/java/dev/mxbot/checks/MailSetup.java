package dev.mxbot.checks;

import dev.mxbot.core.MxEntry;
import dev.mxbot.providers.MxSet;
import dev.mxbot.providers.Provider;
import java.util.List;
import java.util.Optional;

/**
 * Who receives the domain's mail, read from its MX records: the provider, how its set compares with
 * the provider's documented sets, and the set the customer should have.
 *
 * @param kind the classification
 * @param mx the MX records found (empty when none)
 * @param provider the single recognised provider, when there is one (beside an invalid null MX: the
 *     provider of the other records)
 * @param matchedSet the documented set the MX equals exactly, when any
 * @param expectedSet the home provider's current set for the region the MX points to, when the mail
 *     is at the home provider
 * @param providerNames the names of every provider seen in the MX, lowest preference first; the
 *     registrable domain for servers the catalog does not know
 */
record MailSetup(
    Kind kind,
    List<MxEntry> mx,
    Optional<Provider> provider,
    Optional<MxSet> matchedSet,
    Optional<MxSet> expectedSet,
    List<String> providerNames) {

  enum Kind {
    /** The MX lookup got no usable answer (timeout, failure, no such domain). */
    UNANSWERED,
    /** No MX record at all. */
    NO_MX,
    /** A lone null MX ({@code 0 .}). */
    NULL_MX,
    /** A null MX mixed with other records, or with a preference other than 0. */
    NULL_MX_INVALID,
    HOME_CURRENT,
    HOME_OUTDATED,
    HOME_LEGACY,
    HOME_REDIRECT,
    /** Another recognised provider. */
    OTHER,
    /**
     * Hosts no provider of the catalog claims: of one registrable domain, or of several where only
     * one has servers at the lowest preference (the others are backups).
     */
    UNRECOGNISED,
    /**
     * Hosts of several providers mixed: a recognised provider beside anyone else, or unknown
     * operators sharing the lowest preference.
     */
    MIXED
  }

  static MailSetup of(Kind kind, List<MxEntry> mx) {
    return new MailSetup(kind, mx, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /** True when a provider's expectations (SPF include, autoconfig) apply to this domain. */
  boolean hasMailbox() {
    return provider.isPresent()
        && (kind == Kind.HOME_CURRENT
            || kind == Kind.HOME_OUTDATED
            || kind == Kind.HOME_LEGACY
            || kind == Kind.OTHER);
  }
}
