package dev.mxbot.dnsjavapatch;

import java.text.DecimalFormat;

/**
 * dnsjava's {@code Record.byteFormat} (a {@link DecimalFormat} of at least three digits, which
 * writes a non-printable byte of a TXT string as {@code \DDD}), made at its first use instead of in
 * {@code Record}'s static initialiser: made, it loads the JDK's locale data, which a check whose
 * records are all printable never needs. Read by dnsjava's {@code Record} in mxbot's jar.
 */
public final class ByteFormat {

  private ByteFormat() {}

  /**
   * The format as dnsjava made it (the default locale, three digits at least), a copy for each use:
   * a {@link DecimalFormat} is not safe to share between threads, and dnsjava's single instance
   * could garble a byte when two diagnoses wrote such strings at once. Copying costs far less than
   * making one.
   */
  public static DecimalFormat get() {
    return (DecimalFormat) Holder.FORMAT.clone();
  }

  private static final class Holder {
    static final DecimalFormat FORMAT = threeDigits();

    private static DecimalFormat threeDigits() {
      DecimalFormat format = new DecimalFormat();
      format.setMinimumIntegerDigits(3);
      return format;
    }
  }
}
