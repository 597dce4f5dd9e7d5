package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.core.Watch;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeDiscordRest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A watch's message on Discord, long after the interaction token expired: once the bot is connected
 * its delivery is registered; it opens a DM channel through the REST API and posts the report's
 * embed there, with no mentions allowed; a watch started with {@code share} posts in its channel.
 */
class DiscordWatchDeliveryTest {

  private static final String USER = "600000000000000042";
  private static final String CHANNEL = "900000000000000009";

  @Test
  @DisplayName("POST users/@me/channels with the user, then the message in that DM channel")
  void directMessage() throws Exception {
    try (DiscordWorld world = DiscordWorld.start()) {
      deliver(world, watch(false, "C9"));

      FakeDiscordRest.Call open = world.rest.await("POST", "users/@me/channels");
      assertThat(open.body().path("recipient_id").asText()).isEqualTo(USER);
      FakeDiscordRest.Call post =
          world.rest.await("POST", "channels/" + FakeDiscordRest.dmChannelId(USER) + "/messages");
      assertLiveWithoutMentions(post.body());
      assertThat(world.rest.calls("POST", "/messages")).hasSize(1);
    }
  }

  @Test
  @DisplayName("started with share: the message in the channel it was started from, no DM")
  void sharedInChannel() throws Exception {
    try (DiscordWorld world = DiscordWorld.start()) {
      deliver(world, watch(true, CHANNEL));

      FakeDiscordRest.Call post = world.rest.await("POST", "channels/" + CHANNEL + "/messages");
      assertLiveWithoutMentions(post.body());
      assertThat(world.rest.calls("POST", "users/@me/channels")).isEmpty();
      assertThat(world.rest.calls("POST", "/messages")).hasSize(1);
    }
  }

  private static void assertLiveWithoutMentions(JsonNode body) {
    assertThat(body.toString()).contains("The change of example.it is live");
    assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
  }

  private static void deliver(DiscordWorld world, Watch watch) throws Exception {
    WatchDeliveries.Delivery delivery =
        world.dns.app.get(WatchDeliveries.class).of("discord").orElseThrow();
    delivery.deliver(watch, liveOutcome()).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static Watch watch(boolean share, String channel) {
    return new Watch(
        7,
        "discord",
        USER,
        "42",
        channel,
        USER,
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

  /** The "live" message: a report whose MX host tries a mention, and the watch's note. */
  private static Outcome liveOutcome() {
    Report report =
        new Report(
            "example.it",
            DomainName.of("example.it"),
            Verdict.OK,
            null,
            null,
            new ReportRecords(
                List.of("ns1.example.net."),
                List.of(new MxEntry(1, "@everyone.example.net.")),
                List.of("v=spf1 -all"),
                List.of("v=DMARC1; p=none")),
            List.of(Finding.of(FindingCode.SPF_VALID)),
            Duration.ofMillis(5));
    return new Outcome.Answered(
        "en",
        false,
        report,
        List.of(
            new Notice("watch.live", Map.of("domain", "example.it", "resolvers", "127.0.0.1"))));
  }
}
