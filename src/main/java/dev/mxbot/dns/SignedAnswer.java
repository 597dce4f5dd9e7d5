package dev.mxbot.dns;

import java.util.List;

/**
 * An answer read with DNSSEC records (DO) and checking disabled (CD): the answer as usual, plus the
 * RRset and the RRSIGs over it exactly as received, for {@link DnssecMath} to verify. The records
 * are kept as master-file lines ({@code example.it. 3600 IN MX 10 mx.example.it.}) because the
 * neutral {@link DnsRecord} of a TXT record loses its string boundaries, and a signature covers
 * them.
 *
 * @param answer the answer, as {@link Dns#resolve} would give it
 * @param rrset the records of the asked type at the end of any CNAME chain, as master-file lines
 *     (empty unless the answer is OK)
 * @param signatures the RRSIG records over that RRset, as master-file lines (empty when none came)
 */
public record SignedAnswer(DnsAnswer answer, List<String> rrset, List<String> signatures) {

  public SignedAnswer {
    rrset = List.copyOf(rrset);
    signatures = List.copyOf(signatures);
  }

  /** An answer without DNSSEC records (a failure, a negative answer). */
  public static SignedAnswer unsigned(DnsAnswer answer) {
    return new SignedAnswer(answer, List.of(), List.of());
  }
}
