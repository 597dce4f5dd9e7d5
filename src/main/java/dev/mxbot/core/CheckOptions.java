package dev.mxbot.core;

import java.util.List;
import java.util.Objects;

/** What the agent asked for besides the domain: extra DKIM selectors to try. */
public record CheckOptions(List<String> dkimSelectors) {

  public static final CheckOptions NONE = new CheckOptions(List.of());

  public CheckOptions {
    dkimSelectors = List.copyOf(dkimSelectors);
  }

  // equals and hashCode by hand (see the package documentation)
  @Override
  public boolean equals(Object other) {
    return other instanceof CheckOptions o && Objects.equals(dkimSelectors, o.dkimSelectors);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(dkimSelectors);
  }
}
