package dev.mxbot.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signing keys of the mini internet, made with Knot's {@code keymgr} before any server starts:
 * one CSK per signed zone (ECDSA P-256, or RSA/SHA-1 for {@link #LEGACY}) in one KASP database.
 * Every knotd that signs gets a copy of that database (two servers signing one zone then publish
 * the same DNSKEY), and the parents' DS records come from {@code keymgr <zone> ds}, so parents are
 * written with their children's DS from the start.
 */
final class DnssecKeys {

  /** The policy of most signed zones: ECDSA P-256, Knot's default signature lifetime (14 days). */
  static final String FAST = "fast";

  /** RSA/SHA-1 (algorithm 5), which RFC 8624 says not to sign with any more. */
  static final String LEGACY = "legacy";

  /**
   * Signatures valid for 6 hours, refreshed 3 hours before they expire (Knot wants at least the
   * largest TTL plus the propagation delay, 2 hours here): they always expire within mxbot's
   * 12-hour warning ({@code dnssec.signatureExpiryWarning}).
   */
  static final String SHORT_SIGNATURES = "short-signatures";

  /**
   * The signing policies, shared by {@code keymgr} and every knotd: keys are made here, not there.
   */
  static final String POLICY =
      """
      policy:
        - id: fast
          algorithm: ecdsap256sha256
          manual: on
          single-type-signing: on
          dnskey-ttl: 300
          zone-max-ttl: 86400
        - id: legacy
          algorithm: rsasha1
          ksk-size: 2048
          manual: on
          single-type-signing: on
          dnskey-ttl: 300
          zone-max-ttl: 86400
        - id: short-signatures
          algorithm: ecdsap256sha256
          manual: on
          single-type-signing: on
          dnskey-ttl: 300
          zone-max-ttl: 3600
          rrsig-lifetime: 6h
          rrsig-refresh: 3h
          rrsig-pre-refresh: 10m
      """;

  private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(10);

  private final Path kasp;
  private final Path config;
  private final String keymgr;

  private DnssecKeys(Path kasp, Path config, String keymgr) {
    this.kasp = kasp;
    this.config = config;
    this.keymgr = keymgr;
  }

  /** An empty KASP database in {@code dir} with a {@code keymgr} configuration for it. */
  static DnssecKeys create(Path dir) {
    try {
      Files.createDirectories(dir);
      Path kasp = dir.resolve("kasp");
      Path config = dir.resolve("keymgr.conf");
      Files.writeString(config, "database:\n  kasp-db: \"" + kasp + "\"\n" + POLICY);
      return new DnssecKeys(kasp, config, Commands.require("keymgr"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The KASP database directory to copy into a signing server. */
  Path kasp() {
    return kasp;
  }

  /** Makes a CSK for {@code zone} (no trailing dot; {@code "."} for the root); returns its DS. */
  List<String> generate(String zone) {
    return generate(zone, FAST);
  }

  /** Makes a CSK for {@code zone} with the algorithm of {@code policy}; returns its DS. */
  List<String> generate(String zone, String policy) {
    String name = zone.equals(".") ? "." : zone + ".";
    List<String> command = new ArrayList<>(List.of(keymgr, "-c", config.toString(), name));
    command.add("generate");
    if (policy.equals(LEGACY)) {
      command.addAll(List.of("algorithm=rsasha1", "size=2048"));
    } else {
      command.add("algorithm=ecdsap256sha256");
    }
    command.addAll(List.of("ksk=yes", "zsk=yes"));
    Commands.run(TOOL_TIMEOUT, command.toArray(String[]::new));
    String ds = Commands.run(TOOL_TIMEOUT, keymgr, "-c", config.toString(), name, "ds");
    List<String> records =
        ds.lines().map(String::trim).filter(line -> line.contains(" DS ")).toList();
    if (records.isEmpty()) {
      throw new IllegalStateException("keymgr printed no DS for " + name + ":\n" + ds);
    }
    return records;
  }

  /**
   * The same DS records with every digest hex digit inverted: well-formed, but matching no key. A
   * parent publishing them makes the child bogus.
   */
  static List<String> corrupt(List<String> ds) {
    return ds.stream().map(DnssecKeys::corruptOne).toList();
  }

  private static String corruptOne(String record) {
    String[] fields = record.trim().split("\\s+");
    String digest = fields[fields.length - 1];
    String inverted =
        digest
            .chars()
            .map(c -> Character.forDigit(15 - Character.digit(c, 16), 16))
            .mapToObj(c -> String.valueOf((char) c))
            .collect(Collectors.joining());
    fields[fields.length - 1] = inverted;
    return String.join(" ", Arrays.asList(fields));
  }
}
