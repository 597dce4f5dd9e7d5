package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.slack.SlackSignature;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.testing.BusyWorkers;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeDiscordGateway;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.SlackHttpRun;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every way a Slack HTTP request or a Discord interaction can end — answered, or refused for its
 * signature, its age, a replay, its content type, its size, its workspace, channel, server or role,
 * its input, the rate limit, a busy bot, a missing {@code response_url}, a malformed body — run
 * with the root logger at DEBUG and secrets that look real: no log event (message, arguments, MDC,
 * failure) shows a token, the signing secret, a signature, a {@code response_url}, an interaction
 * token or webhook path, or a raw payload.
 */
@DisplayName("no secret, response_url or raw payload reaches any log line, at DEBUG, on any path")
class SecretsNeverLoggedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern ANY_SIGNATURE = Pattern.compile("v0=[0-9a-fA-F]{64}");
  private static final String TRIGGER_ID =
      "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  private static final String SUPPORT_ROLE = "500000000000000001";

  /** Every value that must never be logged, gathered while the requests are built. */
  private final List<String> secrets = new ArrayList<>();

  @Test
  @DisplayName("Slack HTTP mode: every refusal and an answered command")
  void slack() throws Exception {
    List<String> logged;
    try (LogCapture logs = new LogCapture(Level.DEBUG)) {
      try (SlackHttpRun run = startSlack()) {
        slackPaths(run);
      }
      logged = logs.everything();
    }

    assertThat(logged)
        .as("each path logged its line")
        .anyMatch(l -> l.contains("slack /mx") && l.contains("verdict=warning"))
        .anyMatch(l -> l.contains("verdict=refused:not_allowed"))
        .anyMatch(l -> l.contains("verdict=refused:unknown_option"))
        .anyMatch(l -> l.contains("verdict=refused:no_response_url"))
        .anyMatch(l -> l.contains("verdict=rate_limited"))
        .anyMatch(l -> l.contains("verdict=busy"))
        .anyMatch(l -> l.contains("replayed request refused"))
        .anyMatch(l -> l.contains("malformed request refused"));
    secrets.addAll(
        List.of(
            SlackHttpRun.BOT_TOKEN,
            SlackHttpRun.APP_TOKEN,
            SlackHttpRun.SIGNING_SECRET,
            "legacy-verification-token",
            TRIGGER_ID,
            "testteamnow",
            "xoxb-",
            "xapp-",
            "/respond/"));
    assertNoneShown(logged);
  }

  @Test
  @DisplayName("Discord: every refusal and an answered command")
  void discord() throws Exception {
    List<String> logged;
    try (LogCapture logs = new LogCapture(Level.DEBUG)) {
      DiscordSettings settings =
          new DiscordSettings(
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of(FakeInteractions.GUILD_ID),
              List.of(SUPPORT_ROLE),
              Optional.empty());
      try (DiscordWorld world = DiscordWorld.start(settings, DiscordWorld.perMinute(2))) {
        discordPaths(world);
      }
      logged = logs.everything();
    }

    assertThat(logged)
        .as("each path logged its line")
        .anyMatch(l -> l.contains("discord /mx") && l.contains("verdict=warning"))
        .anyMatch(l -> l.contains("verdict=refused:not_allowed"))
        .anyMatch(l -> l.contains("verdict=refused:unknown_option"))
        .anyMatch(l -> l.contains("verdict=rate_limited"))
        .anyMatch(l -> l.contains("verdict=busy"));
    secrets.add(DiscordWorld.TOKEN);
    secrets.add(DiscordWorld.TOKEN.substring(DiscordWorld.TOKEN.lastIndexOf('.') + 1));
    assertNoneShown(logged);
  }

  private void assertNoneShown(List<String> logged) {
    assertThat(logged).as("something was logged at DEBUG").isNotEmpty();
    for (String secret : secrets) {
      assertThat(logged).as(secret).noneMatch(line -> line.contains(secret));
    }
    assertThat(logged).as("a request signature").noneMatch(l -> ANY_SIGNATURE.matcher(l).find());
  }

  private static SlackHttpRun startSlack() throws Exception {
    return SlackHttpRun.start(
        s ->
            new SlackSettings(
                s.mode(),
                s.httpPort(),
                s.httpPath(),
                s.apiUrl(),
                List.of("T1DC2JH3J"),
                List.of("C0CHANNEL"),
                Map.of()),
        c -> c.withChecksPerUserPerMinute(2));
  }

  @SuppressWarnings("try") // busy only has to hold every worker for the block
  private void slackPaths(SlackHttpRun run) throws Exception {
    assertThat(ackText(run, command(run, "mx-2016.it", "UANSWERED"))).startsWith("Checking");
    run.slack.nextResponse(30);

    String forged = command(run, "mx-2016.it", "UFORGED");
    String now = now(0);
    assertThat(run.post(forged, now, signature("not-the-signing-secret", now, forged)).statusCode())
        .as("bad signature")
        .isEqualTo(401);
    String old = now(-3600);
    assertThat(
            run.post(forged, old, signature(SlackHttpRun.SIGNING_SECRET, old, forged)).statusCode())
        .as("old timestamp")
        .isEqualTo(401);

    String replayed = command(run, "mx-2016.it", "UREPLAYED");
    String signature = signature(SlackHttpRun.SIGNING_SECRET, now, replayed);
    assertThat(run.post(replayed, now, signature).statusCode()).isEqualTo(200);
    assertThat(run.post(replayed, now, signature).statusCode()).as("replay").isEqualTo(409);
    run.slack.nextResponse(30);

    String typed = command(run, "mx-2016.it", "UTYPED");
    assertThat(run.send(signed(run, typed, "text/plain")).statusCode()).as("type").isEqualTo(415);
    String big = typed + "&pad=" + "a".repeat(70 * 1024);
    assertThat(run.send(signed(run, big, "application/x-www-form-urlencoded")).statusCode())
        .as("oversize")
        .isEqualTo(413);

    assertThat(ackText(run, command(run, "mx-2016.it", "UTEAM", "TOTHER", "C0CHANNEL")))
        .startsWith("mxbot is not enabled");
    assertThat(ackText(run, command(run, "mx-2016.it", "UCHAN", "T1DC2JH3J", "CRANDOM")))
        .startsWith("mxbot is not enabled");
    assertThat(ackText(run, command(run, "one.it foo=bar", "UINPUT")))
        .startsWith("I cannot check that");

    for (int i = 0; i < 2; i++) {
      assertThat(ackText(run, command(run, "mx-2016.it", "URATE"))).startsWith("Checking");
      run.slack.nextResponse(30);
    }
    assertThat(ackText(run, command(run, "mx-2016.it", "URATE")))
        .startsWith("You have run many checks");

    try (BusyWorkers busy = BusyWorkers.take(run.world.app.get(CommandExecutor.class))) {
      // A domain nobody asked about yet: new work, beyond capacity (a recent report would be
      // reused).
      assertThat(ackText(run, command(run, "spf-none.it", "UBUSY"))).startsWith("I'm busy");
    }

    Map<String, String> noAddress = fields(run, "mx-2016.it", "UNOURL", "T1DC2JH3J", "C0CHANNEL");
    noAddress.remove("response_url");
    assertThat(ackText(run, SlackHttpRun.form(noAddress))).startsWith("I cannot answer");
    String malformed = command(run, "mx-2016.it", "UMALFORMED") + "&text=%ZZ";
    assertThat(post(run, malformed).statusCode()).as("malformed escape").isEqualTo(400);
    run.settle();
  }

  @SuppressWarnings("try") // busy only has to hold every worker for the block
  private void discordPaths(DiscordWorld world) throws Exception {
    FakeInteractions agent = new FakeInteractions().user("700000000000000031", SUPPORT_ROLE);
    ObjectNode answered = interaction(agent, "mx-2016.it");
    assertThat(callback(world, answered).get("type").asInt()).isEqualTo(5);
    world.rest.await("PATCH", answered.get("token").asText());

    ObjectNode noRole = interaction(new FakeInteractions().user("700000000000000032"), "x.it");
    assertThat(content(callback(world, noRole))).startsWith("mxbot is not enabled");
    ObjectNode otherGuild =
        interaction(new FakeInteractions().user("700000000000000033", SUPPORT_ROLE), "x.it");
    otherGuild.put("guild_id", "800000000000000099");
    ((ObjectNode) otherGuild.get("guild")).put("id", "800000000000000099");
    assertThat(content(callback(world, otherGuild))).startsWith("mxbot is not enabled");

    FakeInteractions typist = new FakeInteractions().user("700000000000000034", SUPPORT_ROLE);
    ObjectNode badInput = interaction(typist, "one.it foo=bar");
    assertThat(content(callback(world, badInput))).contains("I cannot check that");

    FakeInteractions hurried = new FakeInteractions().user("700000000000000035", SUPPORT_ROLE);
    for (int i = 0; i < 2; i++) {
      ObjectNode ok = interaction(hurried, "mx-2016.it");
      callback(world, ok);
      world.rest.answerTo(ok.get("token").asText());
    }
    assertThat(content(callback(world, interaction(hurried, "mx-2016.it"))))
        .startsWith("You have run many checks");

    try (BusyWorkers busy = BusyWorkers.take(world.dns.app.get(CommandExecutor.class))) {
      ObjectNode waiting =
          interaction(
              new FakeInteractions().user("700000000000000036", SUPPORT_ROLE), "spf-none.it");
      assertThat(content(callback(world, waiting))).contains("I'm busy");
    }
    world.settle();
  }

  /** {@code /mx domain} with a token shaped like Discord's, remembered as a secret. */
  private ObjectNode interaction(FakeInteractions who, String domain) {
    ObjectNode interaction = who.slash("domain", domain);
    byte[] random = new byte[96];
    RANDOM.nextBytes(random);
    String token =
        "aW50ZXJhY3Rpb246" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    interaction.put("token", token);
    secrets.add(token);
    secrets.add("webhooks/" + FakeDiscordGateway.APP_ID + "/" + token);
    return interaction;
  }

  private static JsonNode callback(DiscordWorld world, ObjectNode interaction) throws Exception {
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
    return world.rest.await("POST", interaction.get("token").asText() + "/callback").body();
  }

  private static String content(JsonNode callback) {
    return callback.get("data").get("content").asText();
  }

  /** A {@code /mx} form with a response_url whose path looks like Slack's secret one. */
  private String command(SlackHttpRun run, String text, String user) {
    return command(run, text, user, "T1DC2JH3J", "C0CHANNEL");
  }

  private String command(SlackHttpRun run, String text, String user, String team, String channel) {
    return SlackHttpRun.form(fields(run, text, user, team, channel));
  }

  private Map<String, String> fields(
      SlackHttpRun run, String text, String user, String team, String channel) {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String path =
        "commands/"
            + team
            + "/"
            + (1_000_000_000_000L + RANDOM.nextInt(1_000_000))
            + "/"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String responseUrl = run.slack.responseUrl(path);
    secrets.add(responseUrl);
    secrets.add(path);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", team);
    form.put("team_domain", "testteamnow");
    form.put("channel_id", channel);
    form.put("user_id", user);
    form.put("user_name", "roadrunner");
    form.put("command", "/mx");
    form.put("text", text);
    form.put("response_url", responseUrl);
    form.put("trigger_id", TRIGGER_ID);
    return form;
  }

  private String ackText(SlackHttpRun run, String body) throws Exception {
    HttpResponse<String> ack = post(run, body);
    assertThat(ack.statusCode()).isEqualTo(200);
    return JSON.readTree(ack.body()).path("text").asText();
  }

  /** POSTs {@code body} signed now, the signature remembered as a secret. */
  private HttpResponse<String> post(SlackHttpRun run, String body) throws Exception {
    String timestamp = now(0);
    return run.post(body, timestamp, signature(SlackHttpRun.SIGNING_SECRET, timestamp, body));
  }

  private HttpRequest.Builder signed(SlackHttpRun run, String body, String contentType)
      throws Exception {
    String timestamp = now(0);
    return HttpRequest.newBuilder(run.endpoint())
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signature(SlackHttpRun.SIGNING_SECRET, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private String signature(String secret, String timestamp, String body) throws Exception {
    String signature = SlackSignature.sign(secret, timestamp, body);
    secrets.add(signature.substring("v0=".length()));
    return signature;
  }

  private static String now(int offsetSeconds) {
    return String.valueOf(System.currentTimeMillis() / 1000 + offsetSeconds);
  }
}
