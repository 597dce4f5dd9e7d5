package dev.mxbot.chat.discord;

import java.util.Objects;

/** The bot token ({@code DISCORD_TOKEN}). Never logged: {@link #toString()} hides it. */
public record DiscordToken(String value) {

  public DiscordToken {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "DiscordToken[hidden]";
  }
}
