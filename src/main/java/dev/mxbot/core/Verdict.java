package dev.mxbot.core;

import java.util.Collection;
import java.util.Locale;

/**
 * The one-word answer of a report: the worst severity among its findings, {@code info} counting as
 * {@code ok}. An incomplete report (an area unchecked) is never {@code ok}: it is {@code unknown}
 * unless a warning or an error was found.
 */
public enum Verdict {
  OK,
  WARNING,
  ERROR,
  UNKNOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The verdict of a complete report's findings. */
  public static Verdict of(Collection<Finding> findings) {
    return of(findings, true);
  }

  /** The verdict of a report's findings; {@code complete} is false when an area was unchecked. */
  public static Verdict of(Collection<Finding> findings, boolean complete) {
    boolean anyChecked = false;
    Verdict worst = OK;
    for (Finding finding : findings) {
      switch (finding.severity()) {
        case ERROR -> {
          return ERROR;
        }
        case WARNING -> {
          worst = WARNING;
          anyChecked = true;
        }
        case OK, INFO -> anyChecked = true;
        case UNKNOWN -> {}
      }
    }
    if (worst == WARNING) {
      return WARNING;
    }
    return anyChecked && complete ? OK : UNKNOWN;
  }
}
