package dev.mxbot.chat.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * The Slack secrets, from the environment only: the bot token (always), the app-level token (Socket
 * Mode) and the signing secret (HTTP mode). {@link #toString()} never shows a value.
 */
public record SlackTokens(
    String botToken, Optional<String> appToken, Optional<String> signingSecret) {

  public SlackTokens {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
  }

  @Override
  public String toString() {
    return "SlackTokens[values hidden]";
  }
}
