package dev.mxbot.providers;

import java.util.Locale;

/** Pure functions on host names, so that configuration and DNS data compare equal. */
final class HostNames {

  private static final int MAX_LABEL = 63;

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

  /**
   * True for a syntactically valid name of at least {@code minLabels} labels: at most 253
   * characters; labels of 1 to 63 of {@code a-z 0-9 _ -}, a dash neither first nor last. Written
   * out rather than as a regular expression: every host of every provider file is checked while a
   * cold check waits for the knowledge files.
   */
  static boolean isValid(String host, int minLabels) {
    String h = bare(host);
    if (h.isEmpty() || h.length() > 253) {
      return false;
    }
    int labels = 0;
    int start = 0;
    for (int i = 0; i <= h.length(); i++) {
      if (i == h.length() || h.charAt(i) == '.') {
        int length = i - start;
        if (length == 0 || length > MAX_LABEL || h.charAt(start) == '-' || h.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        start = i + 1;
      } else {
        char c = h.charAt(i);
        boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!allowed) {
          return false;
        }
      }
    }
    return labels >= minLabels;
  }
}
