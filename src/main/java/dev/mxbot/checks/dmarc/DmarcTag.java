package dev.mxbot.checks.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The tags a DMARC record may carry, from RFC 7489 §6.3 and DMARCbis (which drops {@code pct},
 * {@code rf} and {@code ri} and adds {@code np}, {@code psd} and {@code t}): both generations are
 * accepted. Each tag knows which values are valid and how to tell the agent what is expected; the
 * expected form is written in record syntax so it reads the same in every language.
 */
enum DmarcTag {
  V("DMARC1", v -> v.equalsIgnoreCase(DmarcRecord.VERSION)),
  P(DmarcTag.POLICIES, DmarcTag::isPolicy),
  SP(DmarcTag.POLICIES, DmarcTag::isPolicy),
  NP(DmarcTag.POLICIES, DmarcTag::isPolicy),
  ADKIM("r | s", v -> v.matches("(?i)[rs]")),
  ASPF("r | s", v -> v.matches("(?i)[rs]")),
  PCT("0-100", v -> v.matches("\\d{1,3}") && Integer.parseInt(v) <= 100),
  RUA(DmarcTag.URIS, DmarcTag::isUriList),
  RUF(DmarcTag.URIS, DmarcTag::isUriList),
  FO("0 | 1 | d | s (fo=1:d)", v -> isList(v, "(?i)[01ds]")),
  RF("afrf", v -> isList(v, "(?i)afrf")),
  RI("86400", v -> v.matches("\\d{1,10}") && Long.parseLong(v) <= 0xFFFF_FFFFL),
  T("y | n", Pattern.compile("(?i)[yn]").asMatchPredicate()),
  PSD("y | n | u", Pattern.compile("(?i)[ynu]").asMatchPredicate());

  private static final String POLICIES = "none | quarantine | reject";
  private static final String URIS = "mailto:dmarc@example.com[!10m], mailto:…";

  /** {@code mailto:} with an address and an optional size limit such as {@code !10m}. */
  private static final Pattern MAILTO =
      Pattern.compile("(?i)mailto:[^@\\s!,;]+@[^@\\s!,;]+\\.[^@\\s!,;]+(![0-9]+[kmgt]?)?");

  private final String expected;
  private final Predicate<String> valid;

  DmarcTag(String expected, Predicate<String> valid) {
    this.expected = expected;
    this.valid = valid;
  }

  /** The tag called {@code name} (lower-case), when DMARC defines one. */
  static Optional<DmarcTag> named(String name) {
    return Arrays.stream(values()).filter(t -> t.tagName().equals(name)).findFirst();
  }

  /** The name as written in records: {@code p}, {@code rua}. */
  String tagName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a valid value looks like, in record syntax. */
  String expected() {
    return expected;
  }

  boolean accepts(String value) {
    return valid.test(value);
  }

  /** True for {@code none}, {@code quarantine} or {@code reject}, in any case. */
  static boolean isPolicy(String value) {
    return value.matches("(?i)none|quarantine|reject");
  }

  private static boolean isUriList(String value) {
    return Arrays.stream(value.split(",", -1)).allMatch(u -> MAILTO.matcher(u.strip()).matches());
  }

  private static boolean isList(String value, String item) {
    return Arrays.stream(value.split(":", -1)).allMatch(i -> i.strip().matches(item));
  }
}
