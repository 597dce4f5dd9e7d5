package dev.mxbot.checks.dmarc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A DMARC record split into its parts (RFC 7489 §6.4 and DMARCbis): {@code name=value} tags
 * separated by semicolons, whitespace around names, values and separators ignored, names
 * case-insensitive, a trailing semicolon allowed. Reading never fails; {@link DmarcSyntax} judges
 * what was read.
 *
 * @param text the record as published
 * @param parts every non-empty part in order; a part without a name before {@code =} ({@code
 *     quarantine}, {@code =reject}) has an empty name and the whole part as value
 */
public record DmarcRecord(String text, List<Part> parts) {

  /** The version every DMARC record starts with; the value is compared case-insensitively. */
  static final String VERSION = "DMARC1";

  /** One part of the record: {@code name} lower-case, {@code value} trimmed. */
  public record Part(String name, String value) {

    boolean isTag() {
      return !name.isEmpty();
    }

    /** The part as it would be written: {@code p=none}, or the bare text. */
    public String written() {
      return isTag() ? name + "=" + value : value;
    }
  }

  public DmarcRecord {
    parts = List.copyOf(parts);
  }

  public static DmarcRecord read(String text) {
    List<Part> parts = new ArrayList<>();
    for (String piece : text.split(";")) {
      String part = piece.strip();
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      parts.add(
          eq <= 0
              ? new Part("", part)
              : new Part(
                  part.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                  part.substring(eq + 1).strip()));
    }
    return new DmarcRecord(text.strip(), parts);
  }

  /**
   * True when the text is meant as DMARC: it has a {@code v=DMARC1} tag somewhere, or starts with
   * {@code v=DMARC1} even when a missing semicolon glued the next tag to it.
   */
  public boolean isDmarc() {
    return parts.stream().anyMatch(DmarcRecord::isVersion)
        || text.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("v=dmarc1");
  }

  /** True when the first part is {@code v=DMARC1}: only such records count (RFC 7489 §6.6.3). */
  public boolean startsWithVersion() {
    return !parts.isEmpty() && isVersion(parts.get(0));
  }

  private static boolean isVersion(Part part) {
    return part.name().equals("v") && part.value().equalsIgnoreCase(VERSION);
  }

  /** The value of the first tag called {@code name}, if any. */
  Optional<String> value(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).map(Part::value).findFirst();
  }

  /** The tags called {@code name}, in order. */
  List<Part> all(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).toList();
  }
}
