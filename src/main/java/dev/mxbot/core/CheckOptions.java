package dev.mxbot.core;

import java.util.List;

/** What the agent asked for besides the domain: extra DKIM selectors to try. */
public record CheckOptions(List<String> dkimSelectors) {

  public static final CheckOptions NONE = new CheckOptions(List.of());

  public CheckOptions {
    dkimSelectors = List.copyOf(dkimSelectors);
  }
}
