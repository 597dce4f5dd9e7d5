package dev.mxbot.core;

import java.util.Objects;

/** One MX record as the report shows it: preference and host (absolute, with trailing dot). */
public record MxEntry(int preference, String host) {

  // equals and hashCode by hand (see the package documentation)
  @Override
  public boolean equals(Object other) {
    return other instanceof MxEntry o && preference == o.preference && Objects.equals(host, o.host);
  }

  @Override
  public int hashCode() {
    return 31 * Integer.hashCode(preference) + Objects.hashCode(host);
  }
}
