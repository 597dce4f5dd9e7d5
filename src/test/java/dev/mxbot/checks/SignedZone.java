package dev.mxbot.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;

/**
 * A zone signed in the test with dnsjava's {@link DNSSEC#sign}: one key (a CSK, flags 257) made
 * with {@code java.security}, every RRset signed over the given validity. Gives the master-file
 * text to serve and the DS line the parent publishes. Test-only.
 */
final class SignedZone {

  static final int RSASHA1 = 5;
  static final int RSASHA256 = 8;
  static final int ECDSAP256SHA256 = 13;

  private final Name origin;
  private final KeyPair pair;
  private final DNSKEYRecord dnskey;

  SignedZone(String origin, int algorithm) {
    try {
      this.origin = Name.fromString(origin, Name.root);
      this.pair = keyPair(algorithm);
      this.dnskey =
          new DNSKEYRecord(
              this.origin,
              DClass.IN,
              300,
              257,
              DNSKEYRecord.Protocol.DNSSEC,
              algorithm,
              pair.getPublic());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | DNSSEC.DNSSECException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keyPair(int algorithm) throws GeneralSecurityException {
    if (algorithm == ECDSAP256SHA256) {
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(new ECGenParameterSpec("secp256r1"));
      return ec.generateKeyPair();
    }
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(1024);
    return rsa.generateKeyPair();
  }

  int keyTag() {
    return dnskey.getFootprint();
  }

  /** The parent's DS line for this key, SHA-256: {@code child.it. 3600 IN DS ...}. */
  String ds() {
    return new DSRecord(origin, DClass.IN, 3600, DNSSEC.Digest.SHA256, dnskey).toString();
  }

  /** The DS record data alone ({@code tag alg 2 HEX}), as a finding shows it. */
  String dsData() {
    return new DSRecord(origin, DClass.IN, 3600, DNSSEC.Digest.SHA256, dnskey).rdataToString();
  }

  /**
   * The zone {@code records} (master-file text, names relative to the origin) with this key's
   * DNSKEY, every RRset signed for {@code inception}..{@code expiration}.
   */
  String text(String records, Instant inception, Instant expiration) {
    String text = "$ORIGIN " + origin + "\n$TTL 3600\n" + records + "\n";
    Map<String, RRset> sets = new LinkedHashMap<>();
    try (Master master =
        new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin)) {
      for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
        sets.computeIfAbsent(r.getName() + "/" + r.getType(), k -> new RRset()).addRR(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sets.computeIfAbsent("dnskey", k -> new RRset()).addRR(dnskey);
    List<String> lines = new ArrayList<>();
    lines.add("$ORIGIN " + origin);
    for (RRset set : sets.values()) {
      set.rrs(false).forEach(r -> lines.add(r.toString()));
      try {
        lines.add(DNSSEC.sign(set, dnskey, pair.getPrivate(), inception, expiration).toString());
      } catch (DNSSEC.DNSSECException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
