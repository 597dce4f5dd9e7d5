package dev.mxbot.checks.dane;

import java.util.Locale;
import java.util.Optional;

/**
 * One TLSA record (RFC 6698 §2.1), read from its presentation form {@code 3 1 1 <hex>}: the
 * certificate usage, the selector, the matching type and the certificate association data. Only
 * DANE-TA(2) and DANE-EE(3) are usable for SMTP (RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) need a
 * trust anchor set senders do not share), with a known selector (0 or 1) and matching type (0, 1 or
 * 2).
 *
 * @param usage the certificate usage (0 to 255)
 * @param selector the selector (0 to 255)
 * @param matchingType the matching type (0 to 255)
 * @param data the certificate association data, upper-case hex
 */
public record TlsaRecord(int usage, int selector, int matchingType, String data) {

  /** The record read from {@code text}, or empty when it is not a TLSA record's data. */
  public static Optional<TlsaRecord> parse(String text) {
    String[] fields = text.strip().split("\\s+", 4);
    if (fields.length < 4) {
      return Optional.empty();
    }
    try {
      int usage = Integer.parseInt(fields[0]);
      int selector = Integer.parseInt(fields[1]);
      int matching = Integer.parseInt(fields[2]);
      if (!octet(usage) || !octet(selector) || !octet(matching)) {
        return Optional.empty();
      }
      String data = fields[3].replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
      return Optional.of(new TlsaRecord(usage, selector, matching, data));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** True when an SMTP sender may authenticate the server with it (RFC 7672 §3.1). */
  public boolean usableForSmtp() {
    return (usage == 2 || usage == 3) && selector <= 1 && matchingType <= 2;
  }

  /** The record's parameters, e.g. {@code 3 1 1}, as findings show it (the data is long). */
  public String parameters() {
    return usage + " " + selector + " " + matchingType;
  }

  private static boolean octet(int value) {
    return value >= 0 && value <= 255;
  }
}
