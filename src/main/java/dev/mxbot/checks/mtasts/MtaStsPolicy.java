package dev.mxbot.checks.mtasts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An MTA-STS policy file (RFC 8461 §3.2), read strictly: one {@code key: value} field per line (LF
 * or CRLF), {@code version: STSv1}, {@code mode} of {@code enforce}, {@code testing} or {@code
 * none}, {@code max_age} in seconds (at most 31557600), and {@code mx} patterns (a host name, or
 * {@code *.} and a domain). Field names are case-sensitive as the RFC writes them; unknown
 * (extension) fields are skipped when well formed. Senders that find a field wrong ignore the whole
 * policy, so one problem makes it unusable.
 *
 * @param mode the policy's mode
 * @param maxAge how long senders may cache it, in seconds
 * @param mx the {@code mx} patterns, lower-case, in the file's order (may be empty in mode none)
 */
public record MtaStsPolicy(Mode mode, long maxAge, List<String> mx) {

  /** RFC 8461 §3.2: "maximum value of 31557600" (one year). */
  public static final long MAX_AGE_LIMIT = 31_557_600L;

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
  private static final Pattern EXTENSION_VALUE = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]*)");
  private static final Pattern MAX_AGE = Pattern.compile("[0-9]{1,10}");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /** What senders do when a delivery does not meet the policy. */
  public enum Mode {
    /** Refuse to deliver over anything but verified TLS to a matching MX host. */
    ENFORCE,
    /** Deliver anyway, and report the failure (TLS-RPT). */
    TESTING,
    /** The domain has no policy (a published policy withdrawn). */
    NONE;

    /** As written in the policy: {@code enforce}, {@code testing}, {@code none}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public MtaStsPolicy {
    mx = List.copyOf(mx);
  }

  /**
   * Reads a policy body (already decoded as UTF-8).
   *
   * @throws MtaStsProblem {@code policy_line}, {@code policy_duplicate}, {@code policy_version},
   *     {@code policy_mode}, {@code policy_max_age}, {@code policy_mx_pattern} or {@code policy_mx}
   *     (none listed in enforce or testing mode)
   */
  public static MtaStsPolicy parse(String body) throws MtaStsProblem {
    String text = body;
    while (text.endsWith("\n")) { // the final line end(s)
      text =
          text.endsWith("\r\n")
              ? text.substring(0, text.length() - 2)
              : text.substring(0, text.length() - 1);
    }
    String version = null;
    String mode = null;
    String maxAge = null;
    List<String> mx = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      int colon = line.indexOf(':');
      if (colon <= 0 || !FIELD_NAME.matcher(line.substring(0, colon)).matches()) {
        throw new MtaStsProblem("policy_line", line, number);
      }
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      if (!name.equals("mx") && !seen.add(name)) {
        throw new MtaStsProblem("policy_duplicate", name, number);
      }
      switch (name) {
        case "version" -> version = value;
        case "mode" -> mode = value;
        case "max_age" -> maxAge = value;
        case "mx" -> {
          if (!validPattern(value)) {
            throw new MtaStsProblem("policy_mx_pattern", value, number);
          }
          mx.add(value.toLowerCase(Locale.ROOT));
        }
        default -> {
          if (!EXTENSION_VALUE.matcher(value).matches()) {
            throw new MtaStsProblem("policy_line", line, number);
          }
        }
      }
    }
    if (!"STSv1".equals(version)) {
      throw new MtaStsProblem("policy_version", version == null ? "" : version, 0);
    }
    Mode parsedMode = mode(mode);
    if (maxAge == null
        || !MAX_AGE.matcher(maxAge).matches()
        || Long.parseLong(maxAge) > MAX_AGE_LIMIT) {
      throw new MtaStsProblem("policy_max_age", maxAge == null ? "" : maxAge, 0);
    }
    if (mx.isEmpty() && parsedMode != Mode.NONE) {
      throw new MtaStsProblem("policy_mx", "", 0);
    }
    return new MtaStsPolicy(parsedMode, Long.parseLong(maxAge), mx);
  }

  private static Mode mode(String value) throws MtaStsProblem {
    if (value != null) {
      for (Mode mode : Mode.values()) {
        if (mode.id().equals(value)) {
          return mode;
        }
      }
    }
    throw new MtaStsProblem("policy_mode", value == null ? "" : value, 0);
  }

  /** A host name, or {@code *.} and a name of at least two labels. */
  static boolean validPattern(String pattern) {
    String name = pattern.toLowerCase(Locale.ROOT);
    boolean wildcard = name.startsWith("*.");
    if (wildcard) {
      name = name.substring(2);
    }
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    String[] labels = name.split("\\.", -1);
    if (wildcard && labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code host} (an MX host name, with or without its final dot) matches one of the
   * patterns: equal, case-insensitively, or {@code *.<domain>} with exactly one label in place of
   * the {@code *} (RFC 8461 §4.1: {@code *.example.com} matches {@code mail.example.com}, neither
   * {@code example.com} nor {@code a.b.example.com}).
   */
  public boolean matches(String host) {
    return mx.stream().anyMatch(pattern -> matches(pattern, host));
  }

  /** Whether {@code host} matches the one {@code pattern} (see {@link #matches(String)}). */
  public static boolean matches(String pattern, String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    String lower = pattern.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("*.")) {
      return lower.equals(name);
    }
    String domain = lower.substring(1); // ".example.com"
    if (!name.endsWith(domain)) {
      return false;
    }
    String label = name.substring(0, name.length() - domain.length());
    return !label.isEmpty() && !label.contains(".");
  }
}
