package dev.mxbot.bench;

/**
 * One {@code /mx} command as the soak sends it: the text after {@code /mx}, handled the way an
 * adapter handles it. Must be safe for concurrent use.
 */
@FunctionalInterface
public interface SoakTarget {

  /** How a command ended (an exception counts as an error). */
  enum Outcome {
    /** A full report. */
    ANSWERED,
    /** A report that says some DNS answer did not arrive in time. */
    INCOMPLETE,
    /** Input refused before any query, as intended for the refused samples. */
    REFUSED
  }

  /** Handles {@code text}; blocking. */
  Outcome handle(String text) throws Exception;
}
