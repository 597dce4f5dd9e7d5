package dev.mxbot.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signing keys of the mini internet, made with Knot's {@code keymgr} before any server starts:
 * one ECDSA P-256 CSK per signed zone in one KASP database. Every knotd that signs gets a copy of
 * that database (two servers signing one zone then publish the same DNSKEY), and the parents' DS
 * records come from {@code keymgr <zone> ds}, so parents are written with their children's DS from
 * the start.
 */
final class DnssecKeys {

  /**
   * The signing policy, shared by {@code keymgr} and every knotd: keys are made here, not there.
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
    String name = zone.equals(".") ? "." : zone + ".";
    Commands.run(
        TOOL_TIMEOUT,
        keymgr,
        "-c",
        config.toString(),
        name,
        "generate",
        "algorithm=ecdsap256sha256",
        "ksk=yes",
        "zsk=yes");
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
