package dev.mxbot.chat.slack;

import java.util.Optional;

/**
 * What the "Share in channel" and "Re-check" buttons carry: the default language of the original
 * command and its text (so {@code lang=} and {@code dkim=} apply again), as {@code <lang>:<text>}.
 * Slack limits a button value to 2000 characters: a longer command gets no buttons.
 */
record ButtonValue(String lang, String text) {

  static final int MAX = 2000;

  /** The encoded value, or empty when it would be too long for Slack. */
  Optional<String> encode() {
    String value = lang + ":" + text;
    return value.length() <= MAX ? Optional.of(value) : Optional.empty();
  }

  /** The value of a button; empty when it is not one of ours. */
  static Optional<ButtonValue> decode(String value) {
    int colon = value == null ? -1 : value.indexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    return Optional.of(new ButtonValue(value.substring(0, colon), value.substring(colon + 1)));
  }
}
