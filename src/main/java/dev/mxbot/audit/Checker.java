package dev.mxbot.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Checks one input line as {@code /mx} would, waiting for the result: the contract's JSON of each
 * report, or of the refusal when the input is not acceptable. Throws {@link NotChecked} when the
 * line could not be checked at all (its line is then not written, and a resumed audit tries it
 * again). Must be safe for concurrent use.
 */
@FunctionalInterface
public interface Checker {

  List<ObjectNode> check(String input) throws NotChecked;

  /** The line could not be checked (busy, stopped, an internal failure): say why. */
  final class NotChecked extends Exception {
    private static final long serialVersionUID = 1L;

    public NotChecked(String why) {
      super(why, null, false, false);
    }
  }
}
