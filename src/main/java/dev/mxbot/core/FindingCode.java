package dev.mxbot.core;

/**
 * Every finding mxbot can report. The names are part of the public contract (JSON, acceptance
 * tests): add codes, never rename them. Texts live in the message bundles under {@code
 * finding.<CODE>}.
 */
public enum FindingCode {
  DOMAIN_NOT_FOUND(Severity.ERROR, Area.DOMAIN),
  DOMAIN_LOOKUP_FAILED(Severity.ERROR, Area.DOMAIN),
  DNS_TIMEOUT(Severity.UNKNOWN, Area.DOMAIN),
  /** The configured resolvers fail even the control question: nothing could be checked. */
  RESOLVER_FAILING(Severity.UNKNOWN, Area.DOMAIN),
  /** NXDOMAIN for some types of the apex while others answer. */
  DNS_INCONSISTENT_ANSWERS(Severity.ERROR, Area.DOMAIN),
  ZONE_AT_HOME_PROVIDER(Severity.OK, Area.DNS_HOST),
  ZONE_AT_OTHER_PROVIDER(Severity.INFO, Area.DNS_HOST),
  NS_SINGLE(Severity.WARNING, Area.NAMESERVERS),
  NS_PAIR_MISMATCH(Severity.WARNING, Area.NAMESERVERS),
  NS_LAME(Severity.ERROR, Area.NAMESERVERS),
  NS_PARENT_CHILD_MISMATCH(Severity.WARNING, Area.NAMESERVERS),
  /** A nameserver has only special-purpose addresses: nobody on the internet can ask it. */
  NS_ADDRESS_PRIVATE(Severity.ERROR, Area.NAMESERVERS),
  NS_SERIAL_MISMATCH(Severity.WARNING, Area.NAMESERVERS),
  /** The parent's glue for a nameserver inside the zone is not the address the zone publishes. */
  NS_GLUE_MISMATCH(Severity.WARNING, Area.NAMESERVERS),
  /** The zone's nameservers each serve a different NS set for the zone. */
  NS_SET_MISMATCH(Severity.WARNING, Area.NAMESERVERS),
  /** The SOA primary (MNAME) is not one of the zone's nameservers (a hidden primary is common). */
  NS_SOA_MNAME(Severity.INFO, Area.NAMESERVERS),
  /** A nameserver address answers over UDP but refuses TCP or times out on it. */
  NS_NO_TCP(Severity.ERROR, Area.NAMESERVERS),
  /** A nameserver address fails a plain EDNS(0) query that it answers without EDNS. */
  NS_EDNS_BROKEN(Severity.WARNING, Area.NAMESERVERS),
  DNSSEC_VALID(Severity.OK, Area.DNSSEC),
  DNSSEC_UNSIGNED(Severity.INFO, Area.DNSSEC),
  DNSSEC_BOGUS(Severity.ERROR, Area.DNSSEC),
  /** Added to the contract: signed (DS at the parent) but the resolver does not validate. */
  DNSSEC_UNVERIFIED(Severity.UNKNOWN, Area.DNSSEC),
  /** No DS at the parent matches a DNSKEY that signs the zone's DNSKEY set. */
  DNSSEC_DS_MISMATCH(Severity.ERROR, Area.DNSSEC),
  /** The RRSIGs over SOA, DNSKEY, MX or TXT expire within the configured warning time. */
  DNSSEC_SIGNATURES_EXPIRING(Severity.WARNING, Area.DNSSEC),
  /** A signing algorithm or DS digest type that RFC 8624 says not to use. */
  DNSSEC_ALGORITHM_DEPRECATED(Severity.WARNING, Area.DNSSEC),
  MX_HOME_CURRENT(Severity.OK, Area.MX),
  MX_HOME_OUTDATED(Severity.WARNING, Area.MX),
  MX_HOME_LEGACY(Severity.WARNING, Area.MX),
  MX_HOME_REDIRECT_ONLY(Severity.INFO, Area.MX),
  MX_OTHER_PROVIDER(Severity.INFO, Area.MX),
  MX_MIXED_PROVIDERS(Severity.WARNING, Area.MX),
  MX_NONE_IMPLICIT(Severity.WARNING, Area.MX),
  MX_NONE(Severity.ERROR, Area.MX),
  MX_NULL(Severity.INFO, Area.MX),
  MX_NULL_WITH_OTHERS(Severity.ERROR, Area.MX),
  MX_TARGET_ALIAS(Severity.WARNING, Area.MX),
  MX_TARGET_IP(Severity.ERROR, Area.MX),
  MX_TARGET_UNRESOLVABLE(Severity.ERROR, Area.MX),
  MX_TARGET_PRIVATE(Severity.ERROR, Area.MX),
  MX_TARGET_DOMAIN_APPENDED(Severity.ERROR, Area.MX),
  MX_DUPLICATE(Severity.INFO, Area.MX),
  SPF_VALID(Severity.OK, Area.SPF),
  SPF_NONE(Severity.WARNING, Area.SPF),
  SPF_MULTIPLE(Severity.ERROR, Area.SPF),
  SPF_SYNTAX(Severity.ERROR, Area.SPF),
  SPF_TOO_MANY_LOOKUPS(Severity.ERROR, Area.SPF),
  SPF_TOO_MANY_VOID_LOOKUPS(Severity.ERROR, Area.SPF),
  /** Added to the contract: an {@code mx} term whose domain has more than 10 MX names. */
  SPF_MX_TOO_MANY_NAMES(Severity.ERROR, Area.SPF),
  SPF_INCLUDE_NOT_FOUND(Severity.ERROR, Area.SPF),
  SPF_LOOP(Severity.ERROR, Area.SPF),
  SPF_PERMISSIVE(Severity.WARNING, Area.SPF),
  SPF_PTR(Severity.WARNING, Area.SPF),
  SPF_REDIRECT_IGNORED(Severity.WARNING, Area.SPF),
  SPF_MISSING_PROVIDER_INCLUDE(Severity.WARNING, Area.SPF),
  DMARC_VALID(Severity.OK, Area.DMARC),
  DMARC_POLICY_NONE(Severity.INFO, Area.DMARC),
  DMARC_NONE(Severity.WARNING, Area.DMARC),
  DMARC_MULTIPLE(Severity.ERROR, Area.DMARC),
  DMARC_SYNTAX(Severity.ERROR, Area.DMARC),
  DMARC_TAG_TYPO(Severity.WARNING, Area.DMARC),
  /** Added to the contract: {@code _dmarc} is a CNAME loop or a chain too long: unreadable. */
  DMARC_UNREADABLE(Severity.ERROR, Area.DMARC),
  DKIM_FOUND(Severity.OK, Area.DKIM),
  DKIM_TESTING(Severity.WARNING, Area.DKIM),
  DKIM_KEY_INVALID(Severity.ERROR, Area.DKIM),
  /** Added to the contract: an RSA key over 4096 bits, more than verifiers must handle. */
  DKIM_KEY_TOO_LARGE(Severity.WARNING, Area.DKIM),
  DKIM_NOT_FOUND(Severity.WARNING, Area.DKIM),
  DKIM_UNKNOWN(Severity.INFO, Area.DKIM),
  AUTOCONFIG_OK(Severity.OK, Area.AUTOCONFIG),
  AUTOCONFIG_MISSING(Severity.INFO, Area.AUTOCONFIG),
  AUTOCONFIG_MISMATCH(Severity.WARNING, Area.AUTOCONFIG),
  AUTOCONFIG_TARGET_UNRESOLVABLE(Severity.WARNING, Area.AUTOCONFIG),
  PROPAGATION_PENDING(Severity.WARNING, Area.PROPAGATION),
  SPF_PROPAGATION_PENDING(Severity.WARNING, Area.PROPAGATION),
  /** A record every nameserver now serves, while the resolver still caches its absence. */
  NEGATIVE_CACHE_PENDING(Severity.WARNING, Area.PROPAGATION),
  /** RFC 7489 §7.1: an external rua/ruf destination does not authorise the domain's reports. */
  DMARC_REPORT_NOT_AUTHORIZED(Severity.WARNING, Area.DMARC),
  TLSRPT_VALID(Severity.OK, Area.TLS_RPT),
  TLSRPT_NONE(Severity.INFO, Area.TLS_RPT),
  TLSRPT_INVALID(Severity.WARNING, Area.TLS_RPT),
  BIMI_VALID(Severity.OK, Area.BIMI),
  BIMI_INVALID(Severity.WARNING, Area.BIMI),
  /** BIMI is published but DMARC is not quarantine/reject at 100 %: no logo is shown. */
  BIMI_POLICY_TOO_WEAK(Severity.WARNING, Area.BIMI),
  /** An MTA-STS TXT record and a valid policy in enforce mode that every MX host matches. */
  MTA_STS_VALID(Severity.OK, Area.MTA_STS),
  /** No {@code _mta-sts} TXT record: senders use opportunistic TLS. */
  MTA_STS_NONE(Severity.INFO, Area.MTA_STS),
  /** A valid policy in testing mode (or none mode): senders report but deliver anyway. */
  MTA_STS_TESTING(Severity.INFO, Area.MTA_STS),
  /** The TXT record or the policy is unusable: senders fall back to no policy. */
  MTA_STS_INVALID(Severity.WARNING, Area.MTA_STS),
  /** Enforce mode, and an MX host matches no {@code mx:} pattern: senders will not deliver. */
  MTA_STS_MX_MISMATCH(Severity.ERROR, Area.MTA_STS),
  /**
   * An MX host publishes a TLSA record usable for SMTP (DANE-TA or DANE-EE) and the MX and TLSA
   * answers are DNSSEC-secure; the certificate itself is not compared without an SMTP probe.
   */
  DANE_VALID(Severity.OK, Area.DANE),
  /** TLSA records at an MX host, but the MX or TLSA answer is not DNSSEC-secure: ignored. */
  DANE_UNSIGNED(Severity.WARNING, Area.DANE),
  /** Secure TLSA records at an MX host, but only PKIX usages (0, 1): unusable for SMTP. */
  DANE_UNUSABLE_USAGE(Severity.WARNING, Area.DANE),
  /** The SMTP probe ran and no usable secure TLSA record matches the chain the MX presented. */
  DANE_MISMATCH(Severity.ERROR, Area.DANE),
  /**
   * The SMTP probe reached an MX host with secure usable TLSA records, but it offered no STARTTLS:
   * DANE senders require TLS, so they will not deliver.
   */
  DANE_NO_STARTTLS(Severity.ERROR, Area.DANE),
  /** The probe (smtp.probe) reached the MX host over STARTTLS with a certificate senders accept. */
  SMTP_OK(Severity.OK, Area.SMTP),
  /** No address of the MX host gave an SMTP conversation (refused, no banner, not SMTP). */
  SMTP_UNREACHABLE(Severity.ERROR, Area.SMTP),
  /** The MX host does not offer STARTTLS, refuses it, or its TLS handshake fails. */
  SMTP_NO_STARTTLS(Severity.WARNING, Area.SMTP),
  /** The certificate after STARTTLS is expired, untrusted or for another name (says which). */
  SMTP_CERT_INVALID(Severity.WARNING, Area.SMTP),
  /**
   * Added to the contract: not even the control host answers on the SMTP port, so port 25 is
   * blocked where mxbot runs: the area is not checked (never the customer's fault).
   */
  SMTP_NOT_CHECKED(Severity.UNKNOWN, Area.SMTP);

  private final Severity severity;
  private final Area area;

  FindingCode(Severity severity, Area area) {
    this.severity = severity;
    this.area = area;
  }

  /** The severity the contract gives this code. */
  public Severity severity() {
    return severity;
  }

  public Area area() {
    return area;
  }

  /** The message bundle key of this finding's text. */
  public String messageKey() {
    return "finding." + name();
  }
}
