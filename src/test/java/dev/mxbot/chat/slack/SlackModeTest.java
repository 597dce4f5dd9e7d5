package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which transport {@code serve} starts for {@code slack.mode} and the secrets that are set. */
@DisplayName("Slack mode selection")
class SlackModeTest {

  @ParameterizedTest(name = "mode {0}, app token {1}, signing secret {2} → {3}")
  @CsvSource({
    "auto,   true,  true,  SOCKET",
    "auto,   true,  false, SOCKET",
    "auto,   false, true,  HTTP",
    "auto,   false, false, ",
    "socket, true,  true,  SOCKET",
    "socket, false, true,  ",
    "http,   true,  true,  HTTP",
    "http,   true,  false, ",
  })
  void choose(String mode, boolean appToken, boolean signingSecret, SlackMode expected) {
    assertThat(SlackMode.choose(mode, appToken, signingSecret))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
