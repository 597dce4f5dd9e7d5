package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bolt's auth.test at start fails with an {@link IllegalArgumentException} whose only clue is its
 * message, "The token is invalid" in both cases: Slack refused the token, or the request never got
 * an answer. Start-up tells them apart.
 */
@DisplayName("Bolt's failed auth.test as one start-up line")
class AuthTestLineTest {

  private static final String API = "https://slack.example.invalid/api/";

  @Test
  @DisplayName("Slack refused the token: the line names SLACK_BOT_TOKEN and Slack's error code")
  void refused() {
    assertThat(
            SlackService.authTestLine("The token is invalid (auth.test error: invalid_auth)", API))
        .isEqualTo(
            "SLACK_BOT_TOKEN: Slack refused the bot token (invalid_auth); copy it again from the"
                + " app's OAuth & Permissions page");
  }

  @Test
  @DisplayName("an unresolvable host is not reported as an invalid token")
  void unknownHost() {
    assertThat(
            SlackService.authTestLine(
                "The token is invalid (error: slack.example.invalid: Name or service not known)",
                API))
        .isEqualTo(
            "slack: cannot reach the Slack Web API at "
                + API
                + " (slack.example.invalid: Name or service not known); check slack.apiUrl, DNS"
                + " and the network. The token was not checked.")
        .doesNotContain("invalid (");
  }

  @Test
  @DisplayName("a refused connection is not reported as an invalid token")
  void connectionRefused() {
    assertThat(
            SlackService.authTestLine(
                "The token is invalid (error: Failed to connect to /127.0.0.1:9)", API))
        .startsWith("slack: cannot reach the Slack Web API at " + API)
        .contains("Failed to connect to /127.0.0.1:9");
  }

  @Test
  @DisplayName("any other message is kept, with what to check")
  void other() {
    assertThat(SlackService.authTestLine("something else", API))
        .isEqualTo("slack: something else; check SLACK_BOT_TOKEN and slack.apiUrl in mxbot.yaml");
  }
}
