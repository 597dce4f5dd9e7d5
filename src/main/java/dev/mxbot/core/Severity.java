package dev.mxbot.core;

import java.util.Locale;

/** How much a finding matters, from "confirmed good" to "mail is broken". */
public enum Severity {
  OK,
  INFO,
  UNKNOWN,
  WARNING,
  ERROR;

  /** The lower-case name used in JSON and logs ({@code ok}, {@code warning}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
