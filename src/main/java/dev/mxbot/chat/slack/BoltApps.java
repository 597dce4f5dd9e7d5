package dev.mxbot.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.render.slack.SlackRenderer;
import jakarta.inject.Inject;

/**
 * Builds the Bolt {@link App}: the bot token, the Web API base URL from {@code slack.apiUrl} (so
 * tests can use a loopback fake), {@code /mx} and the two buttons. Creating the app does no I/O;
 * Bolt calls {@code auth.test} when the transport starts it. Bolt's own signature check is off:
 * {@link SlackHttpHandler} verifies every HTTP request itself before Bolt sees it (two-sided time
 * window, UTF-8, constant-time compare), and Socket Mode needs none.
 */
final class BoltApps {

  private final SlackSettings settings;
  private final SlackTokens tokens;
  private final MxCommand command;
  private final ButtonActions buttons;

  @Inject
  BoltApps(SlackSettings settings, SlackTokens tokens, MxCommand command, ButtonActions buttons) {
    this.settings = settings;
    this.tokens = tokens;
    this.command = command;
    this.buttons = buttons;
  }

  App create() {
    SlackConfig slackConfig = new SlackConfig();
    String apiUrl = settings.apiUrl();
    slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    slackConfig.setStatsEnabled(false);
    AppConfig config =
        AppConfig.builder()
            .slack(Slack.getInstance(slackConfig))
            .singleTeamBotToken(tokens.botToken())
            .signingSecret(tokens.signingSecret().orElse(null))
            .requestVerificationEnabled(false)
            .build();
    App app = new App(config);
    app.command("/mx", command);
    app.blockAction(SlackRenderer.ACTION_SHARE, buttons::share);
    app.blockAction(SlackRenderer.ACTION_RECHECK, buttons::recheck);
    return app;
  }
}
