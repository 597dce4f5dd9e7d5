package dev.mxbot.checks.policy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A TLS-RPT record (RFC 8460 §3): {@code v=TLSRPTv1} first, then {@code name=value} fields
 * separated by semicolons, a trailing semicolon allowed; {@code rua=} is required and lists one or
 * more report destinations, each a {@code mailto:} address or an {@code https:} URL, separated by
 * commas. Unknown fields are extensions and are ignored, as senders ignore them.
 */
public final class TlsRptRecord {

  /** The version every TLS-RPT record starts with (compared case-insensitively). */
  public static final String VERSION = "v=TLSRPTv1";

  private TlsRptRecord() {}

  /** True when {@code text} starts with the version tag (what senders keep, RFC 8460 §3). */
  public static boolean startsWithVersion(String text) {
    String first = text.strip().split(";", 2)[0].replace(" ", "").replace("\t", "");
    return first.equalsIgnoreCase(VERSION);
  }

  /** True when {@code text} is meant as TLS-RPT: it names the version anywhere. */
  public static boolean isMeant(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace(" ", "")
        .contains(VERSION.toLowerCase(Locale.ROOT));
  }

  /** What makes {@code text} unusable, or empty when senders can use it. */
  public static Optional<RecordProblem> problem(String text) {
    if (!startsWithVersion(text)) {
      return Optional.of(new RecordProblem("version", text.strip()));
    }
    String[] fields = text.strip().split(";");
    Optional<String> rua = Optional.empty();
    for (int i = 1; i < fields.length; i++) {
      String field = fields[i].strip();
      if (field.isEmpty() && i == fields.length - 1) {
        continue;
      }
      int eq = field.indexOf('=');
      if (eq <= 0) {
        return Optional.of(new RecordProblem("syntax", field));
      }
      String name = field.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (name.equals("rua")) {
        if (rua.isPresent()) {
          return Optional.of(new RecordProblem("syntax", field));
        }
        rua = Optional.of(field.substring(eq + 1).strip());
      }
    }
    if (rua.isEmpty() || rua.get().isEmpty()) {
      return Optional.of(new RecordProblem("no_rua", ""));
    }
    for (String destination : rua.get().split(",")) {
      if (!isDestination(destination.strip())) {
        return Optional.of(new RecordProblem("bad_uri", destination.strip()));
      }
    }
    return Optional.empty();
  }

  /** A {@code mailto:} address with a domain, or an {@code https:} URL with a host. */
  static boolean isDestination(String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      int at = uri.lastIndexOf('@');
      return at > "mailto:".length() && at < uri.length() - 1 && !uri.contains(" ");
    }
    return lower.startsWith("https:") && isHttpsUrl(uri);
  }

  /** True when {@code uri} parses as an absolute {@code https} URL with a host. */
  public static boolean isHttpsUrl(String uri) {
    try {
      URI parsed = new URI(uri);
      return "https".equalsIgnoreCase(parsed.getScheme())
          && parsed.getHost() != null
          && !parsed.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
