package dev.mxbot.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * DNSSEC arithmetic on the values the {@link Dns} port returns, with dnsjava's primitives: the keys
 * of a DNSKEY answer with their key tags, the DS records of a delegation, whether a DS matches a
 * key, the DS a registrar needs for a key, and which RRSIGs over an RRset verify with which key.
 * Pure and stateless; nothing here asks DNS. Unreadable records are skipped, never guessed.
 */
public final class DnssecMath {

  /** The digest type registrars should be given: SHA-256 (RFC 8624 §3.3). */
  public static final int SHA256 = 2;

  private DnssecMath() {}

  /**
   * One DNSKEY of a zone.
   *
   * @param zone the zone's absolute name
   * @param tag the key tag (RFC 4034 Appendix B)
   * @param flags 257 for a key-signing key (SEP), 256 for a zone-signing key
   * @param algorithm the DNSSEC algorithm number (8 RSASHA256, 13 ECDSAP256SHA256, ...)
   * @param publicKey the public key, base64, as registrars' forms ask for it
   */
  public record ZoneKey(String zone, int tag, int flags, int algorithm, String publicKey) {

    /** Whether the key has the SEP flag: the key a DS should point at. */
    public boolean keySigning() {
      return (flags & 1) != 0;
    }
  }

  /**
   * One DS record of a delegation.
   *
   * @param tag the key tag of the key it points at
   * @param algorithm the algorithm of that key
   * @param digestType 1 SHA-1, 2 SHA-256, 3 GOST, 4 SHA-384
   * @param digest the digest, hexadecimal, upper case
   */
  public record Delegation(int tag, int algorithm, int digestType, String digest) {}

  /**
   * One RRSIG over an RRset, and whether it verifies.
   *
   * @param covered the type of the RRset it signs
   * @param owner the owner of that RRset, absolute, lower case
   * @param algorithm the signing algorithm
   * @param keyTag the key tag of the signing key
   * @param signer the signer's name (the zone), absolute, lower case
   * @param inception when the signature starts to be valid
   * @param expiration when it stops being valid
   * @param verifiedBy the tag of the given key it verifies with (checked at its inception, so
   *     expiry is told apart from a wrong signature), or empty when none of them
   */
  public record Signature(
      RecordType covered,
      String owner,
      int algorithm,
      int keyTag,
      String signer,
      Instant inception,
      Instant expiration,
      Optional<Integer> verifiedBy) {

    public boolean verified() {
      return verifiedBy.isPresent();
    }
  }

  /** The keys of a DNSKEY answer, in the order received. */
  public static List<ZoneKey> keys(SignedAnswer dnskey) {
    List<ZoneKey> keys = new ArrayList<>();
    for (Record record : parse(dnskey.rrset())) {
      if (record instanceof DNSKEYRecord key) {
        keys.add(
            new ZoneKey(
                RecordFormatter.name(key.getName()),
                key.getFootprint(),
                key.getFlags(),
                key.getAlgorithm(),
                Base64.getEncoder().encodeToString(key.getKey())));
      }
    }
    return keys;
  }

  /** The DS records of a DS answer (records in presentation form: {@code 12345 13 2 ABCD...}). */
  public static List<Delegation> delegations(DnsAnswer ds) {
    List<Delegation> found = new ArrayList<>();
    for (DnsRecord record : ds.records()) {
      String[] fields = record.data().trim().split("\\s+", 4);
      try {
        found.add(
            new Delegation(
                Integer.parseInt(fields[0]),
                Integer.parseInt(fields[1]),
                Integer.parseInt(fields[2]),
                fields[3].replaceAll("\\s", "").toUpperCase(Locale.ROOT)));
      } catch (RuntimeException unreadable) {
        // not a DS record mxbot can read: it matches no key
      }
    }
    return found;
  }

  /** Whether {@code ds} points at {@code key}: same tag and algorithm, and the same digest. */
  public static boolean matches(Delegation ds, ZoneKey key) {
    if (ds.tag() != key.tag() || ds.algorithm() != key.algorithm()) {
      return false;
    }
    return digest(key, ds.digestType()).map(ds.digest()::equals).orElse(false);
  }

  /** The DS record data for {@code key} with SHA-256: {@code 12345 13 2 ABCD...}. */
  public static String dsFor(ZoneKey key) {
    return key.tag() + " " + key.algorithm() + " " + SHA256 + " " + digest(key, SHA256).orElse("");
  }

  /** The digest of {@code key} with digest type {@code digestType}, hex; empty when unsupported. */
  private static Optional<String> digest(ZoneKey key, int digestType) {
    try {
      DNSKEYRecord dnskey = dnskey(key);
      byte[] digest = new DSRecord(dnskey.getName(), DClass.IN, 0, digestType, dnskey).getDigest();
      return Optional.of(HexFormat.of().withUpperCase().formatHex(digest));
    } catch (RuntimeException | TextParseException unsupported) {
      return Optional.empty();
    }
  }

  /**
   * The RRSIGs of {@code answer} over its RRset, each with the key among {@code keys} it verifies
   * with, if any.
   */
  public static List<Signature> signatures(SignedAnswer answer, List<ZoneKey> keys) {
    List<Record> records = parse(answer.rrset());
    if (records.isEmpty()) {
      return List.of();
    }
    RRset rrset = new RRset();
    records.forEach(rrset::addRR);
    List<Signature> signatures = new ArrayList<>();
    for (Record record : parse(answer.signatures())) {
      if (record instanceof RRSIGRecord sig) {
        signatures.add(
            new Signature(
                answer.answer().type(),
                RecordFormatter.name(sig.getName()),
                sig.getAlgorithm(),
                sig.getFootprint(),
                RecordFormatter.name(sig.getSigner()),
                sig.getTimeSigned(),
                sig.getExpire(),
                verifiedBy(rrset, sig, keys)));
      }
    }
    return signatures;
  }

  private static Optional<Integer> verifiedBy(RRset rrset, RRSIGRecord sig, List<ZoneKey> keys) {
    for (ZoneKey key : keys) {
      if (key.tag() != sig.getFootprint() || key.algorithm() != sig.getAlgorithm()) {
        continue;
      }
      try {
        DNSSEC.verify(rrset, sig, dnskey(key), sig.getTimeSigned());
        return Optional.of(key.tag());
      } catch (DNSSEC.DNSSECException | TextParseException | RuntimeException notThisKey) {
        // another key with the same tag may still verify it
      }
    }
    return Optional.empty();
  }

  private static DNSKEYRecord dnskey(ZoneKey key) throws TextParseException {
    return new DNSKEYRecord(
        Name.fromString(key.zone(), Name.root),
        DClass.IN,
        0,
        key.flags(),
        DNSKEYRecord.Protocol.DNSSEC,
        key.algorithm(),
        Base64.getDecoder().decode(key.publicKey()));
  }

  /** Master-file lines back into records; an unreadable line is skipped. */
  private static List<Record> parse(List<String> lines) {
    List<Record> records = new ArrayList<>();
    for (String line : lines) {
      try (Master master =
          new Master(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), Name.root)) {
        master.disableIncludes();
        Record record = master.nextRecord();
        if (record != null && record.getType() != Type.OPT) {
          records.add(record);
        }
      } catch (IOException | RuntimeException unreadable) {
        // skipped: an unreadable record verifies nothing
      }
    }
    return records;
  }
}
