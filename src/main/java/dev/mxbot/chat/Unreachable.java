package dev.mxbot.chat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a chat platform that could not be reached (no such host, connection refused, timed out)
 * from one that refused the bot's token, so that start-up says which of the two went wrong: "the
 * token is invalid" sends an operator to reset a token that was never checked. Pure.
 */
public final class Unreachable {

  private Unreachable() {}

  /**
   * The network failure somewhere in {@code failure}'s causes (an {@link UnknownHostException}, a
   * {@link ConnectException}, any other {@link IOException}), described in a few words; empty when
   * there is none.
   */
  public static Optional<String> in(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(describe(io));
      }
    }
    return Optional.empty();
  }

  /** {@code unknown host x}, {@code connection refused (…)}, {@code timed out}, or the message. */
  static String describe(IOException failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    if (failure instanceof UnknownHostException) {
      return "unknown host " + message;
    }
    if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
      return "connection failed: " + message;
    }
    if (failure instanceof InterruptedIOException) {
      return "timed out" + (message.isEmpty() ? "" : ": " + message);
    }
    return failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  /**
   * The start-up line for an unreachable platform: {@code <platform>: cannot reach <what> at
   * <where> (<why>); check <settings>, DNS and the network. The token was not checked.}
   */
  public static String line(String platform, String what, String where, String why, String key) {
    return platform
        + ": cannot reach "
        + what
        + " at "
        + where
        + " ("
        + why
        + "); check "
        + key
        + ", DNS and the network. The token was not checked.";
  }
}
