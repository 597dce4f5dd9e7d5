package dev.mxbot.ops;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A logged failure whose message (or a cause's, or a suppressed one's) showed a secret: a copy with
 * the same stack trace, reading {@code <original class>: <masked message>}, its causes copied the
 * same way.
 */
final class RedactedThrowable extends Throwable {

  private static final long serialVersionUID = 1L;

  /** Causes and suppressed failures followed at most this deep. */
  private static final int DEPTH = 16;

  private RedactedThrowable(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code failure} itself when none of its messages shows a secret, else a masked copy. */
  static Throwable of(Throwable failure) {
    if (failure == null || !showsSecret(failure, newSeen(), 0)) {
      return failure;
    }
    return copy(failure, newSeen(), 0);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // the original's is copied in
  }

  private static boolean showsSecret(Throwable failure, Set<Throwable> seen, int depth) {
    if (failure == null || depth > DEPTH || !seen.add(failure)) {
      return false;
    }
    String message = failure.getMessage();
    if (message != null && !SecretShapes.mask(message).equals(message)) {
      return true;
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (showsSecret(suppressed, seen, depth + 1)) {
        return true;
      }
    }
    return showsSecret(failure.getCause(), seen, depth + 1);
  }

  private static Throwable copy(Throwable failure, Set<Throwable> seen, int depth) {
    if (failure == null || depth > DEPTH || !seen.add(failure)) {
      return null;
    }
    String message = failure.getMessage();
    String name = failure.getClass().getName();
    RedactedThrowable copy =
        new RedactedThrowable(
            message == null ? name : name + ": " + SecretShapes.mask(message),
            copy(failure.getCause(), seen, depth + 1));
    copy.setStackTrace(failure.getStackTrace());
    for (Throwable suppressed : failure.getSuppressed()) {
      Throwable masked = copy(suppressed, seen, depth + 1);
      if (masked != null) {
        copy.addSuppressed(masked);
      }
    }
    return copy;
  }

  private static Set<Throwable> newSeen() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
