package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.slack.SlackSignature;
import dev.mxbot.chat.slack.SlackTokens;
import dev.mxbot.chat.slack.WrappedHttpMode;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.Secrets;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.serve.SlackAdapter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;

/**
 * The Slack adapter in HTTP mode, running for real against the demo world: Jetty on a free local
 * port, Bolt talking to a {@link FakeSlack}, requests signed like Slack signs them and posted with
 * {@link HttpClient}. Close after use.
 */
public final class SlackHttpRun implements AutoCloseable {

  public static final String BOT_TOKEN = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
  public static final String APP_TOKEN = "xapp-1-A0123456789-1234567890123-0a1b2c3d4e5f";
  public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  /** A bot token and an app-level token: what Socket Mode starts with. */
  public static dev.mxbot.config.Secrets socketModeSecrets() {
    return new dev.mxbot.config.Secrets(
        java.util.Map.of(
            dev.mxbot.config.Secrets.SLACK_BOT_TOKEN, BOT_TOKEN,
            dev.mxbot.config.Secrets.SLACK_APP_TOKEN, APP_TOKEN));
  }

  public final FakeSlack slack;
  public final DemoWorld world;
  public final ChatService service;
  public final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private SlackHttpRun(FakeSlack slack, DemoWorld world, ChatService service, int port) {
    this.slack = slack;
    this.world = world;
    this.service = service;
    this.port = port;
  }

  public static SlackHttpRun start() throws Exception {
    return start(s -> s, c -> c);
  }

  public static SlackHttpRun start(
      UnaryOperator<SlackSettings> slackSettings, UnaryOperator<BotConfig> adjust)
      throws Exception {
    return start(slackSettings, adjust, Optional.empty());
  }

  /** As {@link #start()}, the application built with {@code extra} modules too. */
  public static SlackHttpRun withModules(com.google.inject.Module... extra) throws Exception {
    return start(s -> s, c -> c, Optional.empty(), extra);
  }

  /**
   * As {@link #start(UnaryOperator, UnaryOperator)}, its Jetty handler wrapped by {@code hook}
   * (through {@link WrappedHttpMode}: the product has no hook).
   */
  public static SlackHttpRun start(UnaryOperator<Handler> hook) throws Exception {
    return start(s -> s, c -> c, Optional.of(hook));
  }

  /** As {@link #start(UnaryOperator)}, with these Slack settings. */
  public static SlackHttpRun instrumented(
      UnaryOperator<SlackSettings> slackSettings, UnaryOperator<Handler> hook) throws Exception {
    return start(slackSettings, c -> c, Optional.of(hook));
  }

  private static SlackHttpRun start(
      UnaryOperator<SlackSettings> slackSettings,
      UnaryOperator<BotConfig> adjust,
      Optional<UnaryOperator<Handler>> hook,
      com.google.inject.Module... extra)
      throws Exception {
    FakeSlack slack = new FakeSlack();
    int port = freePort();
    DemoWorld world =
        DemoWorld.start(
            config ->
                adjust.apply(
                    config.withSlack(
                        slackSettings.apply(
                            new SlackSettings(
                                "http",
                                port,
                                "/slack/events",
                                slack.apiUrl(),
                                List.of(),
                                List.of(),
                                Map.of())))),
            extra);
    Secrets secrets =
        new Secrets(
            Map.of(
                Secrets.SLACK_BOT_TOKEN, BOT_TOKEN, Secrets.SLACK_SIGNING_SECRET, SIGNING_SECRET));
    ChatService service =
        hook.isEmpty()
            ? new SlackAdapter().create(world.app, secrets).orElseThrow()
            : world.app.chatService(
                WrappedHttpMode.module(
                    new SlackTokens(BOT_TOKEN, Optional.empty(), Optional.of(SIGNING_SECRET)),
                    hook.get()));
    service.start();
    return new SlackHttpRun(slack, world, service, port);
  }

  public static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The form body of {@code /mx <text>} typed by user U2CERLKJA (roadrunner). */
  public String slashCommand(String text, String responseId) {
    return slashCommand(text, responseId, "T1DC2JH3J", "C0CHANNEL", "U2CERLKJA");
  }

  public String slashCommand(
      String text, String responseId, String team, String channel, String user) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", team);
    form.put("team_domain", "testteamnow");
    form.put("channel_id", channel);
    form.put("channel_name", "support");
    form.put("user_id", user);
    form.put("user_name", "roadrunner");
    form.put("command", "/mx");
    form.put("text", text);
    form.put("api_app_id", "A0APP");
    form.put("response_url", slack.responseUrl(responseId));
    form.put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    return form(form);
  }

  public static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** POSTs {@code body} signed now with the right secret. */
  public HttpResponse<String> post(String body) throws Exception {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return post(body, timestamp, SlackSignature.sign(SIGNING_SECRET, timestamp, body));
  }

  public HttpResponse<String> post(String body, String timestamp, String signature)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port + "/slack/events");
  }

  /**
   * Returns once every command acknowledged so far has had its answer sent: after this, an answer
   * the fake has not received will never come.
   */
  public void settle() {
    assertThat(service.awaitAnswered(Duration.ofSeconds(60))).as("every answer sent").isTrue();
  }

  @Override
  public void close() {
    service.stop();
    world.close();
    slack.close();
  }
}
