package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.slack.SlackMode;
import dev.mxbot.chat.slack.SlackModule;
import dev.mxbot.chat.slack.SlackTokens;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.Secrets;
import dev.mxbot.ops.LogGuard;
import java.util.Optional;

/**
 * Slack for {@code serve}: started when {@code SLACK_BOT_TOKEN} is set together with {@code
 * SLACK_APP_TOKEN} (Socket Mode) or {@code SLACK_SIGNING_SECRET} (HTTP mode), as {@code slack.mode}
 * decides. Bolt's classes are loaded only here, when serve builds the service. The values read are
 * handed to {@link LogGuard#hide(String)}: no log line shows them, whoever logs it.
 */
public final class SlackAdapter implements ChatAdapter {

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public Optional<ChatService> create(Application app, Secrets secrets) {
    Optional<String> bot = secrets.get(Secrets.SLACK_BOT_TOKEN);
    Optional<String> appToken = secrets.get(Secrets.SLACK_APP_TOKEN);
    Optional<String> signing = secrets.get(Secrets.SLACK_SIGNING_SECRET);
    bot.ifPresent(LogGuard::hide);
    appToken.ifPresent(LogGuard::hide);
    signing.ifPresent(LogGuard::hide);
    Optional<SlackMode> mode =
        SlackMode.choose(app.config().slack().mode(), appToken.isPresent(), signing.isPresent());
    if (bot.isEmpty() || mode.isEmpty()) {
      return Optional.empty();
    }
    SlackTokens tokens = new SlackTokens(bot.get(), appToken, signing);
    return Optional.of(app.chatService(new SlackModule(tokens, mode.get())));
  }

  @Override
  public Optional<String> plan(BotConfig config, Secrets secrets) {
    Optional<SlackMode> mode =
        SlackMode.choose(
            config.slack().mode(),
            secrets.has(Secrets.SLACK_APP_TOKEN),
            secrets.has(Secrets.SLACK_SIGNING_SECRET));
    if (!secrets.has(Secrets.SLACK_BOT_TOKEN) || mode.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        mode.get() == SlackMode.SOCKET
            ? "Socket Mode"
            : "HTTP mode on port "
                + config.slack().httpPort()
                + " at "
                + config.slack().httpPath());
  }

  @Override
  public String missing(Secrets secrets) {
    if (!secrets.has(Secrets.SLACK_BOT_TOKEN)) {
      return Secrets.SLACK_BOT_TOKEN + " is not set";
    }
    return "set "
        + Secrets.SLACK_APP_TOKEN
        + " (Socket Mode) or "
        + Secrets.SLACK_SIGNING_SECRET
        + " (HTTP mode), as slack.mode asks";
  }
}
