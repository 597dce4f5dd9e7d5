package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.config.StoreSettings;
import dev.mxbot.core.Changes;
import dev.mxbot.core.Report;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.TreeCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support conversation in chat: an agent of Slack team T1 asks {@code /mx mx-2016.it}, the
 * customer moves to the current MX set, the agent asks again (after a restart of the bot: the
 * history is in the database) and the answer says what changed; a Discord guild asking the same
 * domain has its own history. The store is an H2 file in a temporary directory.
 */
@DisplayName("chat: every answered /mx is recorded; the next answer says what changed")
class ChatHistoryScenarioTest {

  @TempDir Path dir;

  @Test
  @DisplayName("Slack team T1 checks, customer changes MX, T1 checks again: Changed since …")
  void changedSinceInChat() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db/mxbot").toAbsolutePath();
    Path before = TreeCopy.copy(Path.of("bot-config/demo"), dir.resolve("before"));
    Path after = TreeCopy.copy(Path.of("bot-config/demo"), dir.resolve("after"));
    Path zone = after.resolve("zones/mx-2016.it.zone");
    Files.writeString(
        zone,
        Files.readString(zone)
            .replace("@ MX 1 mx1.mail.ovh.net.", "@ MX 1 mx0.mail.ovh.net.")
            .replace("@ MX 5 mx2.mail.ovh.net.\n", "")
            .replace("@ MX 10 mx3.mail.ovh.net.\n", ""));

    Report first = ask(before, url, Caller.slack("T1", "C1", "U1"));
    assertThat(first.changes()).as("nothing recorded before").isNull();

    Report second;
    Report otherGuild;
    String text;
    Outcome history;
    Outcome guildHistory;
    try (ZoneServer server = DemoZones.load(after).start();
        Bootstrap app = app(server, url)) {
      RequestPipeline slack = pipeline(app, "slack");
      second = answer(slack, Caller.slack("T1", "C2", "U2"));
      otherGuild = answer(pipeline(app, "discord"), Caller.discord("42", "C9", "U9", List.of()));
      text = app.get(PlainTextRenderer.class).render(second, "en");
      history = slack.answer(Caller.slack("T1", "C3", "U3"), "history mx-2016.it", "en").get(0);
      guildHistory =
          pipeline(app, "discord")
              .answer(Caller.discord("7", "C9", "U9", List.of()), "history mx-2016.it", "en")
              .get(0);
    }
    Changes changes = second.changes();
    assertThat(changes).as("the same team, another agent: the team's history").isNotNull();
    assertThat(changes.items()).hasSize(1);
    assertThat(changes.items().get(0).record()).isEqualTo("mx");
    assertThat(changes.items().get(0).after()).containsExactly("1 mx0.mail.ovh.net.");
    assertThat(text).contains("Changed since just now: MX 1 mx1.mail.ovh.net.");
    assertThat(otherGuild.changes()).as("a guild never sees a Slack team's checks").isNull();

    assertThat(history).isInstanceOf(Outcome.History.class);
    String shown = Messages.of("en").get(history.messageKey(), history.params());
    assertThat(shown)
        .startsWith("Last checks of mx-2016.it by this team (newest first):\n• ")
        .contains("· Works, with warnings · ZONE_AT_HOME_PROVIDER, MX_HOME_OUTDATED")
        .contains(
            "🔁 MX 1 mx1.mail.ovh.net., 5 mx2.mail.ovh.net., 10 mx3.mail.ovh.net. → 1"
                + " mx0.mail.ovh.net.");
    assertThat(shown.lines().filter(l -> l.startsWith("• "))).hasSize(2);
    assertThat(Messages.of("en").get(guildHistory.messageKey(), guildHistory.params()))
        .isEqualTo("No check of mx-2016.it is recorded here yet.");
  }

  @Test
  @DisplayName("/mx history without a store says so, at once")
  void historyWithoutStore() throws Exception {
    try (ZoneServer server = DemoZones.load(Path.of("bot-config/demo")).start();
        Bootstrap app = app(server, StoreSettings.NONE)) {
      Outcome outcome =
          pipeline(app, "slack")
              .answer(Caller.slack("T1", "C1", "U1"), "history example.it", "en")
              .get(0);
      assertThat(outcome.messageKey()).isEqualTo("history.off");
    }
  }

  private Report ask(Path zones, String url, Caller caller) throws Exception {
    try (ZoneServer server = DemoZones.load(zones).start();
        Bootstrap app = app(server, url)) {
      return answer(pipeline(app, caller.platform()), caller);
    } // closing waits for the recording
  }

  private static RequestPipeline pipeline(Bootstrap app, String platform) {
    return app.get(Pipelines.class).create(Platform.chat(platform, AccessPolicy.OPEN));
  }

  private static Report answer(RequestPipeline pipeline, Caller caller) {
    List<Outcome> outcomes = pipeline.answer(caller, "mx-2016.it", "en");
    assertThat(outcomes).hasSize(1).first().isInstanceOf(Outcome.Answered.class);
    Report report = ((Outcome.Answered) outcomes.get(0)).report();
    // answer() returns once the answer is sent; the recording follows on the store's thread
    return report;
  }

  private static Bootstrap app(ZoneServer server, String url) {
    CommonOptions options = new CommonOptions();
    options.config = Path.of("bot-config");
    return Bootstrap.start(
        options,
        config ->
            config
                .withResolvers(List.of(server.socketAddress()))
                .withAuthoritativePort(server.port())
                .withAllowPrivateAddresses(true)
                .withDeadline(Duration.ofSeconds(8))
                .withStore(StoreSettings.DEFAULTS.withUrl(url)));
  }
}
