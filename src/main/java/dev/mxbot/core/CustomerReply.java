package dev.mxbot.core;

import java.util.Objects;

/**
 * The draft reply an agent pastes into a customer's ticket, written from a {@link Report} in the
 * customer's language: plain text (no chat markup), the same bytes on the command line, in JSON
 * ({@code "customerReply"}) and in the chat's preformatted block.
 */
public record CustomerReply(String language, String text) {

  public CustomerReply {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }
}
