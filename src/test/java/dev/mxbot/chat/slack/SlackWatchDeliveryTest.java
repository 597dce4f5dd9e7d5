package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mxbot.chat.Outcome;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.core.Watch;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.render.slack.SlackRenderer;
import dev.mxbot.testing.FakeSlack;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A watch's message on Slack, through the Web API of a loopback fake: a direct message opens the
 * conversation with the user first; a shared watch posts in its channel. The text is the renderer's
 * (a hostile domain value stays inert).
 */
class SlackWatchDeliveryTest {

  private static final GuideCatalog GUIDES =
      GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud");

  private static App app(FakeSlack slack) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    config.setStatsEnabled(false);
    return new App(
        AppConfig.builder()
            .slack(Slack.getInstance(config))
            .singleTeamBotToken("xoxb-test")
            .requestVerificationEnabled(false)
            .build());
  }

  private static Watch watch(boolean share) {
    return new Watch(
        7,
        "slack",
        "T1:U1",
        "T1",
        "C1",
        "U1",
        "ab12cd34",
        "example.it",
        "example.it",
        "en",
        share,
        Instant.now(),
        Instant.now().plusSeconds(60),
        "ok",
        Map.of());
  }

  private static Outcome live() {
    Report report =
        new Report(
            "example.it",
            DomainName.of("example.it"),
            Verdict.OK,
            null,
            null,
            new ReportRecords(
                List.of("ns1.example.net."),
                List.of(new MxEntry(1, "<!channel>.example.net.")),
                List.of("v=spf1 -all"),
                List.of("v=DMARC1; p=none")),
            List.of(Finding.of(FindingCode.SPF_VALID)),
            Duration.ofMillis(5));
    return new Outcome.Answered(
        "en",
        false,
        report,
        List.of(
            new Notice(
                "watch.live", Map.of("domain", "example.it", "resolvers", "127.0.0.1:5353"))));
  }

  private static String form(FakeSlack.Posted posted) {
    return URLDecoder.decode(posted.body(), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("direct message: conversations.open with the user, then chat.postMessage there")
  void directMessage() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      SlackWatchDelivery delivery =
          new SlackWatchDelivery(app(slack), new SlackReplies(new SlackRenderer(GUIDES)));
      delivery.deliver(watch(false), live()).toCompletableFuture().join();

      FakeSlack.Posted open = slack.nextMethod(10);
      assertThat(open.path()).isEqualTo("/api/conversations.open");
      assertThat(form(open)).contains("users=U1");
      FakeSlack.Posted post = slack.nextMethod(10);
      assertThat(post.path()).isEqualTo("/api/chat.postMessage");
      assertThat(form(post))
          .contains("channel=D0WATCH")
          .contains("The change of example.it is live")
          .contains("127.0.0.1:5353")
          .doesNotContain("<!channel>");
      assertThat(slack.pollMethod(300)).as("one message").isNull();
    }
  }

  @Test
  @DisplayName("shared watch: chat.postMessage in the channel it was started in")
  void shared() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      new SlackWatchDelivery(app(slack), new SlackReplies(new SlackRenderer(GUIDES)))
          .deliver(watch(true), live())
          .toCompletableFuture()
          .join();
      FakeSlack.Posted post = slack.nextMethod(10);
      assertThat(post.path()).isEqualTo("/api/chat.postMessage");
      assertThat(form(post)).contains("channel=C1");
    }
  }
}
