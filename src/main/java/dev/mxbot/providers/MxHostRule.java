package dev.mxbot.providers;

import java.util.regex.Pattern;

/** MX host names matching {@code pattern} (full match, case-insensitive) are of {@code kind}. */
public record MxHostRule(Pattern pattern, MxHostKind kind) {

  /** True when {@code host} (absolute or not, any case) is one of these hosts. */
  public boolean matches(String host) {
    return pattern.matcher(HostNames.bare(host)).matches();
  }
}
