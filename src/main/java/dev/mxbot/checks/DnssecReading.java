package dev.mxbot.checks;

import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnssecMath;
import dev.mxbot.dns.DnssecMath.Delegation;
import dev.mxbot.dns.DnssecMath.Signature;
import dev.mxbot.dns.DnssecMath.ZoneKey;
import dev.mxbot.dns.SignedAnswer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * mxbot's own DNSSEC reading of a zone, whatever the resolver validates: the DS records at the
 * parent against the DNSKEY set and its RRSIGs, then the RRSIGs over the zone's SOA, MX and TXT —
 * verified with dnsjava's primitives ({@link DnssecMath}) at the report's time. Pure: the answers
 * in, findings out. Empty when the reading is impossible (no keys or no signatures came back: a
 * resolver or middlebox that strips them), so the caller falls back on the resolver's word.
 */
final class DnssecReading {

  /** Signing algorithms RFC 8624 §3.1 says must not (or no longer) be used for signing. */
  private static final Map<Integer, String> DEPRECATED_ALGORITHMS =
      Map.of(
          1, "RSAMD5",
          3, "DSA",
          5, "RSASHA1",
          6, "DSA-NSEC3-SHA1",
          7, "RSASHA1-NSEC3-SHA1",
          12, "ECC-GOST");

  private static final int SHA1 = 1;
  private static final int GOST = 3;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String zone;
  private final String apex;
  private final Instant now;
  private final Duration warning;

  /**
   * @param apex the zone's absolute name
   * @param now the report's time
   * @param warning how soon before expiry signatures are worth a warning
   */
  DnssecReading(String apex, Instant now, Duration warning) {
    this.apex = apex;
    this.zone = Hosts.relative(apex);
    this.now = now;
    this.warning = warning;
  }

  /**
   * A zone with DS records at the parent: {@code DNSSEC_DS_MISMATCH}, {@code DNSSEC_BOGUS} with the
   * reason (signatures expired or wrong, DS without any DNSKEY), or {@code DNSSEC_VALID}, with the
   * warnings beside it (expiring signatures, deprecated algorithms). Empty when unreadable.
   */
  Optional<List<Finding>> delegated(
      DnsAnswer ds, SignedAnswer dnskey, List<SignedAnswer> others, String dsTags) {
    if (dnskey.answer().isNegative()) {
      return Optional.of(
          List.of(
              Finding.of(
                  FindingCode.DNSSEC_BOGUS,
                  "zone",
                  zone,
                  "keytags",
                  dsTags,
                  "noteKey",
                  "reason.dnssec.ds_without_dnskey")));
    }
    List<ZoneKey> keys = DnssecMath.keys(dnskey);
    List<Signature> keySignatures = zoneSignatures(dnskey, keys);
    if (keys.isEmpty() || keySignatures.isEmpty()) {
      return Optional.empty();
    }
    List<Delegation> delegations = DnssecMath.delegations(ds);
    List<ZoneKey> selfSigning = selfSigning(keys, keySignatures);
    List<Finding> findings = new ArrayList<>();
    List<Signature> all = new ArrayList<>(keySignatures);
    others.forEach(answer -> all.addAll(zoneSignatures(answer, keys)));
    deprecated(all, delegations).ifPresent(findings::add);
    boolean entry =
        selfSigning.stream()
            .anyMatch(key -> delegations.stream().anyMatch(d -> DnssecMath.matches(d, key)));
    if (!entry) {
      findings.add(0, mismatch(delegations, keys, suggested(keys, selfSigning)));
      return Optional.of(findings);
    }
    List<SignedAnswer> rrsets = new ArrayList<>();
    rrsets.add(dnskey);
    rrsets.addAll(others);
    Optional<Finding> bogus = Optional.empty();
    List<String> expiring = new ArrayList<>();
    Instant soonest = null;
    for (SignedAnswer answer : rrsets) {
      List<Signature> signatures = zoneSignatures(answer, keys);
      if (signatures.isEmpty()) {
        continue; // unsigned here, or stripped: nothing to tell
      }
      String rrset = answer.answer().type() + " " + Hosts.relative(answer.answer().name());
      Optional<Instant> expiry =
          signatures.stream()
              .filter(Signature::verified)
              .map(Signature::expiration)
              .max(Comparator.naturalOrder());
      if (expiry.isEmpty()) {
        bogus = bogus.or(() -> Optional.of(bogus(dsTags, "bad_signature", rrset, null)));
      } else if (expiry.get().isBefore(now)) {
        Instant expired = expiry.get();
        bogus = bogus.or(() -> Optional.of(bogus(dsTags, "expired", rrset, expired)));
      } else if (expiry.get().isBefore(now.plus(warning))) {
        expiring.add(rrset);
        soonest = soonest == null || expiry.get().isBefore(soonest) ? expiry.get() : soonest;
      }
    }
    if (bogus.isPresent()) {
      findings.add(0, bogus.get());
      return Optional.of(findings);
    }
    if (!expiring.isEmpty()) {
      findings.add(0, expiring(expiring, soonest));
    }
    findings.add(0, Finding.of(FindingCode.DNSSEC_VALID, "zone", zone, "keytags", dsTags));
    return Optional.of(findings);
  }

  /**
   * A zone without DS at the parent: {@code DNSSEC_UNSIGNED}, with the DS to publish when the zone
   * is signed (a DNSKEY set that verifies with one of its own keys).
   */
  Finding undelegated(SignedAnswer dnskey) {
    if (dnskey.answer().isOk()) {
      List<ZoneKey> keys = DnssecMath.keys(dnskey);
      List<ZoneKey> selfSigning = selfSigning(keys, zoneSignatures(dnskey, keys));
      if (!selfSigning.isEmpty()) {
        ZoneKey key = suggested(keys, selfSigning);
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("zone", zone);
        params.put("noteKey", "reason.dnssec.ds_not_published");
        params.putAll(registrarFields(key));
        return new Finding(
            FindingCode.DNSSEC_UNSIGNED, FindingCode.DNSSEC_UNSIGNED.severity(), params);
      }
    }
    return Finding.of(FindingCode.DNSSEC_UNSIGNED, "zone", zone);
  }

  /** The RRSIGs of {@code answer} made by this zone (not those of a CNAME target elsewhere). */
  private List<Signature> zoneSignatures(SignedAnswer answer, List<ZoneKey> keys) {
    if (!answer.answer().isOk()) {
      return List.of();
    }
    return DnssecMath.signatures(answer, keys).stream()
        .filter(s -> s.signer().equals(apex))
        .toList();
  }

  /** The keys that verify an RRSIG over the DNSKEY set: those a DS may point at. */
  private static List<ZoneKey> selfSigning(List<ZoneKey> keys, List<Signature> keySignatures) {
    Set<Integer> tags =
        keySignatures.stream().flatMap(s -> s.verifiedBy().stream()).collect(Collectors.toSet());
    return keys.stream().filter(k -> tags.contains(k.tag())).toList();
  }

  /** The key to give the registrar: a key-signing key that signs the DNSKEY set, if any. */
  private static ZoneKey suggested(List<ZoneKey> keys, List<ZoneKey> selfSigning) {
    return selfSigning.stream()
        .filter(ZoneKey::keySigning)
        .findFirst()
        .or(() -> selfSigning.stream().findFirst())
        .or(() -> keys.stream().filter(ZoneKey::keySigning).findFirst())
        .orElse(keys.get(0));
  }

  private Finding mismatch(List<Delegation> delegations, List<ZoneKey> keys, ZoneKey key) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("zone", zone);
    params.put(
        "dsTags",
        delegations.stream()
            .map(d -> String.valueOf(d.tag()))
            .distinct()
            .collect(Collectors.joining(", ")));
    params.put(
        "zoneTags",
        keys.stream()
            .map(k -> String.valueOf(k.tag()))
            .distinct()
            .collect(Collectors.joining(", ")));
    params.putAll(registrarFields(key));
    return new Finding(
        FindingCode.DNSSEC_DS_MISMATCH, FindingCode.DNSSEC_DS_MISMATCH.severity(), params);
  }

  /** What a registrar's form asks for: the DS (SHA-256), or the key's flags, algorithm and key. */
  private Map<String, String> registrarFields(ZoneKey key) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("ds", zone + ". IN DS " + DnssecMath.dsFor(key));
    fields.put("flags", String.valueOf(key.flags()));
    fields.put("algorithm", String.valueOf(key.algorithm()));
    fields.put("publicKey", key.publicKey());
    return fields;
  }

  private Finding bogus(String dsTags, String reason, String rrset, Instant expired) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("zone", zone);
    params.put("keytags", dsTags);
    params.put("noteKey", "reason.dnssec." + reason);
    params.put("rrset", rrset);
    if (expired != null) {
      params.put("expired", WHEN.format(expired));
    }
    return new Finding(FindingCode.DNSSEC_BOGUS, FindingCode.DNSSEC_BOGUS.severity(), params);
  }

  private Finding expiring(List<String> rrsets, Instant soonest) {
    return Finding.of(
        FindingCode.DNSSEC_SIGNATURES_EXPIRING,
        "zone",
        zone,
        "rrsets",
        String.join(", ", rrsets),
        "expires",
        WHEN.format(soonest),
        "remaining",
        remaining(Duration.between(now, soonest)));
  }

  /** {@code 5 h} from two hours on, else {@code 40 min}. */
  private static String remaining(Duration left) {
    return left.toHours() >= 2 ? left.toHours() + " h" : Math.max(1, left.toMinutes()) + " min";
  }

  /**
   * {@code DNSSEC_ALGORITHM_DEPRECATED} when a signature uses an algorithm RFC 8624 retires, or a
   * DS uses GOST, or SHA-1 without a SHA-256 DS beside it.
   */
  private Optional<Finding> deprecated(List<Signature> signatures, List<Delegation> delegations) {
    Set<String> algorithms = new LinkedHashSet<>();
    signatures.stream()
        .map(Signature::algorithm)
        .filter(DEPRECATED_ALGORITHMS::containsKey)
        .sorted()
        .forEach(a -> algorithms.add(DEPRECATED_ALGORITHMS.get(a) + " (" + a + ")"));
    Set<String> digests = new LinkedHashSet<>();
    boolean sha256 = delegations.stream().anyMatch(d -> d.digestType() == DnssecMath.SHA256);
    for (Delegation d : delegations) {
      if (d.digestType() == GOST) {
        digests.add("GOST R 34.11-94 (3)");
      } else if (d.digestType() == SHA1 && !sha256) {
        digests.add("SHA-1 (1)");
      }
    }
    if (algorithms.isEmpty() && digests.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            FindingCode.DNSSEC_ALGORITHM_DEPRECATED,
            "zone",
            zone,
            "algorithms",
            algorithms.isEmpty() ? "-" : String.join(", ", algorithms),
            "digests",
            digests.isEmpty() ? "-" : String.join(", ", digests)));
  }
}
