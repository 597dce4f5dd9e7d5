package dev.mxbot.config;

import java.util.regex.Pattern;

/**
 * Shows a store URL without anything secret in it: a {@code password=} parameter (PostgreSQL's
 * {@code ?password=…}, H2's {@code ;PASSWORD=…}) becomes {@code password=***}. Pure.
 */
public final class StoreUrls {

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private StoreUrls() {}

  /** {@code url} as it may appear in a message or a log line. */
  public static String shown(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }
}
