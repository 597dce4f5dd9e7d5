package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.testing.SlackHttpRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workspace's configuration decides who may use {@code /mx}, how often, and in which language
 * it answers by default ({@code slack:} and {@code rateLimit:} in {@code mxbot.yaml}).
 */
@DisplayName("Slack access policy, rate limit and languages")
class SlackAccessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SlackHttpRun run;

  @BeforeAll
  static void start() throws Exception {
    run =
        SlackHttpRun.start(
            s ->
                new SlackSettings(
                    s.mode(),
                    s.httpPort(),
                    s.httpPath(),
                    s.apiUrl(),
                    List.of("T1DC2JH3J"),
                    List.of("C0CHANNEL", "CITALIANO"),
                    Map.of("T1DC2JH3J", "fr", "CITALIANO", "it")),
            c -> c.withChecksPerUserPerMinute(2));
  }

  @AfterAll
  static void stop() {
    run.close();
  }

  private static String ackText(String body) throws Exception {
    return JSON.readTree(run.post(body).body()).path("text").asText();
  }

  @Test
  @DisplayName("a workspace that is not allowed gets a polite refusal and nothing is queried")
  void otherWorkspace() throws Exception {
    run.world.server.resetLog();
    String text =
        ackText(run.slashCommand("mx-2016.it", "other-team", "TOTHER", "C0CHANNEL", "UOTHER1"));

    assertThat(text).startsWith("mxbot is not enabled here");
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
    assertThat(run.world.server.queries()).as("DNS queries").isEmpty();
  }

  @Test
  @DisplayName("a channel that is not allowed gets a polite refusal too (in the team's language)")
  void otherChannel() throws Exception {
    run.world.server.resetLog();
    String text =
        ackText(run.slashCommand("mx-2016.it", "other-chan", "T1DC2JH3J", "CRANDOM", "UOTHER2"));

    assertThat(text).startsWith("mxbot n'est pas");
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
    assertThat(run.world.server.queries()).as("DNS queries").isEmpty();
  }

  @Test
  @DisplayName(
      "the third check within a minute (limit 2) is asked to wait, and the first two are answered")
  void rateLimit() throws Exception {
    String user = "URATE";
    ackText(run.slashCommand("mx-2016.it lang=en", "rate-1", "T1DC2JH3J", "C0CHANNEL", user));
    ackText(run.slashCommand("mx-2016.it lang=en", "rate-2", "T1DC2JH3J", "C0CHANNEL", user));
    String third =
        ackText(run.slashCommand("mx-2016.it lang=en", "rate-3", "T1DC2JH3J", "C0CHANNEL", user));

    assertThat(third).matches("You have run many checks in the last minute: .* \\d+ s\\.");
    assertThat(List.of(run.slack.nextResponse(10).path(), run.slack.nextResponse(10).path()))
        .containsExactlyInAnyOrder("/respond/rate-1", "/respond/rate-2");
    run.settle();
    assertThat(run.slack.pollResponse(0)).isNull();
  }

  @Test
  @DisplayName("the channel's language wins over the workspace's; lang= wins over both")
  void languages() throws Exception {
    assertThat(ackText(run.slashCommand("mx-2016.it", "it", "T1DC2JH3J", "CITALIANO", "ULANG1")))
        .startsWith("Verifica di mx-2016.it");
    assertThat(ackText(run.slashCommand("mx-2016.it", "fr", "T1DC2JH3J", "C0CHANNEL", "ULANG2")))
        .isEqualTo("Vérification de mx-2016.it…");
    assertThat(
            ackText(
                run.slashCommand("mx-2016.it lang=de", "de", "T1DC2JH3J", "CITALIANO", "ULANG3")))
        .isEqualTo("Prüfe mx-2016.it…");
    for (int i = 0; i < 3; i++) {
      run.slack.nextResponse(10);
    }
  }
}
