package dev.mxbot.core;

import java.util.Collection;
import java.util.Locale;

/**
 * The one-word answer of a report: the worst severity among its findings, {@code info} counting as
 * {@code ok}, and {@code unknown} only when nothing at all could be checked.
 */
public enum Verdict {
  OK,
  WARNING,
  ERROR,
  UNKNOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Computes the verdict of a set of findings. */
  public static Verdict of(Collection<Finding> findings) {
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
    return anyChecked ? worst : UNKNOWN;
  }
}
