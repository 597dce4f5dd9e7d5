package dev.mxbot.interop;

/** The customer zones of the mini internet, one per support scenario, all under {@code it.}. */
public final class Domains {

  /** Healthy OVHcloud customer, signed, DS in {@code it.} matches. */
  public static final String HEALTHY = "ovh-customer.it";

  /** Signed, but the DS in {@code it.} does not match its key: validation fails. */
  public static final String BOGUS = "dnssec-bogus.it";

  /** The healthy content, not signed (no DS). */
  public static final String UNSIGNED = "unsigned.it";

  /** Delegated to dns109 and ns109, but only dns109 serves it (ns109 answers REFUSED). */
  public static final String LAME = "lame.it";

  /** dns109 and ns109 serve different serials and different MX sets. */
  public static final String SERIAL_MISMATCH = "serial-mismatch.it";

  /** {@code it.} delegates to dns109 + ns109; the zone's own NS set is dns109 + sdns2. */
  public static final String NS_MISMATCH = "ns-mismatch.it";

  /** SPF needing 11 DNS lookups through includes three levels deep. */
  public static final String SPF_LOOKUPS = "spf-lookups.it";

  /** About 5 KB of TXT records at the apex, the SPF record among them: needs TCP. */
  public static final String BIG_TXT = "big-txt.it";

  /** MX with TTL 3600, changed on the servers while the resolver still caches the old set. */
  public static final String PROPAGATION = "propagation.it";

  /** MX with TTL 20 s, changed while {@code /mx watch} follows it (issue 20). */
  public static final String WATCHED = "watched.it";

  /** Nameservers ns109 + dns15: not a pair. */
  public static final String PAIR_MISMATCH = "pair-mismatch.it";

  /** Signed by Knot with RSA/SHA-1 (algorithm 5), DS in {@code it.} matches: validates. */
  public static final String RSASHA1 = "rsasha1.it";

  /** Signed by Knot with 6-hour signatures, DS in {@code it.} matches: always expiring soon. */
  public static final String SHORT_SIGNATURES = "short-signatures.it";

  /**
   * Nameservers ns1/ns2 inside the zone; {@code it.}'s glue for ns2 is the old address (ns109), the
   * zone publishes the new one (sdns2). All three addresses serve the zone.
   */
  public static final String GLUE_MISMATCH = "glue-mismatch.it";

  /**
   * Delegated to dns109 + ns109, same serial on both; ns109's copy lists sdns2 as a third
   * nameserver (sdns2 serves that copy too), dns109's does not.
   */
  public static final String NS_SET_MISMATCH = "ns-set-mismatch.it";

  /** MTA-STS in enforce mode, {@code mx: *.mail.ovh.net}: every OVHcloud MX host matches. */
  public static final String MTA_STS_ENFORCE = "mta-sts-enforce.it";

  /**
   * MTA-STS in enforce mode, {@code mx: *.ovh.net}: {@code mx0.mail.ovh.net} is two labels below,
   * so no MX host matches (RFC 8461 §4.1).
   */
  public static final String MTA_STS_MISMATCH = "mta-sts-mismatch.it";

  private Domains() {}
}
