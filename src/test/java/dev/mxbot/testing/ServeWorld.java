package dev.mxbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.config.OpsSettings;
import dev.mxbot.config.Secrets;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.ops.LogFormat;
import dev.mxbot.ops.OpsModule;
import dev.mxbot.serve.ChatAdapters;
import dev.mxbot.serve.Serve;
import dev.mxbot.serve.Serving;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.java_websocket.server.WebSocketServer;

/**
 * {@code serve} as {@code main} runs it — the ops listener on a free loopback port, the adapters
 * chosen by the secrets given — against loopback fakes of Slack (Web API + Socket Mode) and Discord
 * (gateway + REST) and the demo DNS world. The tokens look real and are fake. Close after use.
 */
public final class ServeWorld implements AutoCloseable {

  public static final String DISCORD_TOKEN =
      "OTAwMDAwMDAwMDAwMDAwMDAx.GkX3aQ.Zp4q0Yk2Wv9sTn1LmRb6cJdHfE8uA7oIgPxK5yVw";
  private static final ObjectMapper JSON = new ObjectMapper();

  public final FakeSlack slack;
  public final FakeSocketMode socket;
  public final FakeDiscordGateway gateway;
  public final FakeDiscordRest rest;
  public final DemoWorld dns;
  public final List<ChatService> services;
  public final Serving serving;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServeWorld(
      FakeSlack slack,
      FakeSocketMode socket,
      FakeDiscordGateway gateway,
      FakeDiscordRest rest,
      DemoWorld dns,
      List<ChatService> services) {
    this.slack = slack;
    this.socket = socket;
    this.gateway = gateway;
    this.rest = rest;
    this.dns = dns;
    this.services = services;
    this.serving = new Serving(dns.app, services, Duration.ofSeconds(10));
  }

  /**
   * Builds (does not start) serve with Slack (Socket Mode, pushing {@code slackEnvelopes} once
   * connected; they may name the fake's response URLs) when {@code withSlack}, and Discord when
   * {@code withDiscord}.
   */
  public static ServeWorld build(
      boolean withSlack,
      boolean withDiscord,
      ChatAdapters adapters,
      Function<FakeSlack, List<String>> slackEnvelopes)
      throws Exception {
    FakeSlack slack = new FakeSlack();
    FakeSocketMode socket = new FakeSocketMode(slackEnvelopes.apply(slack).toArray(String[]::new));
    socket.start();
    slack.socketUrl(socket.url());
    FakeDiscordGateway gateway = new FakeDiscordGateway().begin();
    FakeDiscordRest rest = new FakeDiscordRest().gateway(gateway.url(), 1);
    DiscordSettings discord =
        new DiscordSettings(
            Optional.of(rest.url()),
            Optional.of(gateway.url()),
            List.of(),
            List.of(),
            List.of(),
            Optional.empty());
    SlackSettings slackSettings =
        new SlackSettings(
            "auto", 3000, "/slack/events", slack.apiUrl(), List.of(), List.of(), Map.of());
    DemoWorld dns =
        DemoWorld.start(
            c ->
                DiscordWorld.perMinute(1000)
                    .apply(c)
                    .withSlack(slackSettings)
                    .withDiscord(discord)
                    .withOps(new OpsSettings(0, "127.0.0.1", "text")),
            new OpsModule());
    Map<String, String> env = new HashMap<>();
    if (withSlack) {
      env.put(Secrets.SLACK_BOT_TOKEN, SlackHttpRun.BOT_TOKEN);
      env.put(Secrets.SLACK_APP_TOKEN, SlackHttpRun.APP_TOKEN);
      env.put(Secrets.SLACK_SIGNING_SECRET, SlackHttpRun.SIGNING_SECRET);
    }
    if (withDiscord) {
      env.put(Secrets.DISCORD_TOKEN, DISCORD_TOKEN);
    }
    new LogFormat().apply(dns.app.config().ops(), Map.of()); // as serve does
    List<ChatService> services = adapters.create(dns.app, new Secrets(env));
    return new ServeWorld(slack, socket, gateway, rest, dns, services);
  }

  public static ServeWorld build(boolean withSlack, boolean withDiscord) throws Exception {
    return build(withSlack, withDiscord, Serve.ADAPTERS, s -> List.of());
  }

  /** GET on the ops listener. */
  public HttpResponse<String> ops(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serving.opsPort() + path))
            .timeout(Duration.ofSeconds(10))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Polls {@code path} until its response matches, for up to {@code seconds}. */
  public HttpResponse<String> awaitOps(
      String path, Predicate<HttpResponse<String>> wanted, int seconds) throws Exception {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    HttpResponse<String> last = ops(path);
    while (!wanted.test(last) && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      last = ops(path);
    }
    return last;
  }

  /** A Slack Socket Mode envelope for {@code /mx <text>} answered at {@code /respond/<id>}. */
  public static String slashEnvelope(FakeSlack slack, String text, String id) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", "env-" + id);
    envelope.put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    envelope
        .putObject("payload")
        .put("token", "legacy-verification-token")
        .put("team_id", "T1DC2JH3J")
        .put("team_domain", "testteamnow")
        .put("channel_id", "C0CHANNEL")
        .put("channel_name", "support")
        .put("user_id", "U2CERLKJA")
        .put("user_name", "roadrunner")
        .put("command", "/mx")
        .put("text", text)
        .put("api_app_id", "A0APP")
        .put("response_url", slack.responseUrl(id))
        .put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    return envelope.toString();
  }

  @Override
  public void close() {
    serving.stop();
    services.forEach(ChatService::stop);
    dns.close();
    rest.close();
    quietly(slack::close);
    stop(gateway);
    stop(socket);
  }

  /** Stops {@code server}, waiting up to 1 s for it; an interrupt ends the wait and is kept. */
  private static void stop(WebSocketServer server) {
    try {
      server.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void quietly(Runnable step) {
    try {
      step.run();
    } catch (RuntimeException alreadyClosed) {
      // a test closed it on purpose
    }
  }
}
