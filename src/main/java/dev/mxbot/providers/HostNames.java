package dev.mxbot.providers;

import java.util.Locale;
import java.util.regex.Pattern;

/** Pure functions on host names, so that configuration and DNS data compare equal. */
final class HostNames {

  private static final String LABEL = "[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?";
  private static final Pattern NAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");

  private HostNames() {}

  /** Lower case, without surrounding spaces and without trailing dot: what patterns match. */
  static String bare(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /** Lower case with trailing dot: how DNS data is compared. */
  static String absolute(String host) {
    return bare(host) + ".";
  }

  /** True for a syntactically valid name of at least {@code minLabels} labels. */
  static boolean isValid(String host, int minLabels) {
    String h = bare(host);
    return h.length() <= 253 && NAME.matcher(h).matches() && h.split("\\.").length >= minLabels;
  }
}
