package dev.mxbot.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mxbot.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} in a fresh JVM, as a container or systemd runs it (standard input no terminal),
 * when it cannot serve: no secrets at all, a chat platform that cannot be reached, a token the
 * platform refuses. Each time: exit 2, one line saying what is wrong on standard error, no stack
 * trace, no token; never a console that exits 0 into a restart loop. Everything stays on 127.0.0.1:
 * the APIs are closed ports or loopback fakes, the resolver a closed port.
 */
@DisplayName("serve fails loudly, in one line, when it cannot serve")
class ServeFailsLoudlyTest {

  /** Fake, shaped like a real bot token. */
  private static final String DISCORD_TOKEN =
      "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GqW2eR.hT5yU8iO1pA4sD7fG0jK3lZ6xC9vB2nM5qW8eR1t";

  private static final String SLACK_BOT_TOKEN = "xoxb-7301-9182-Qw8eRt5yUi2oPa";
  private static final String SLACK_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  @Test
  @DisplayName("no chat secrets and no terminal: exit 2 naming the missing secrets, no console")
  void noSecretsNoTerminal() throws Exception {
    Run run = serve(Map.of());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errorLine())
        .isEqualTo(
            "mxbot: no chat platform to serve (slack: SLACK_BOT_TOKEN is not set; discord:"
                + " DISCORD_TOKEN is not set) and no terminal on standard input for the console:"
                + " set those secrets (or NAME_FILE, a file holding the value), or run mxbot"
                + " console or mxbot demo in a terminal; mxbot config shows what is set.");
  }

  @Test
  @DisplayName("the Slack Web API on a closed port: 'cannot reach', not 'the token is invalid'")
  void slackUnreachable() throws Exception {
    String api = "http://127.0.0.1:" + closedPort() + "/api/";
    Run run =
        serve(
            Map.of(
                "SLACK_BOT_TOKEN", SLACK_BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SLACK_SIGNING_SECRET,
                "MXBOT_SLACK_APIURL", api,
                "MXBOT_SLACK_HTTP_PORT", Integer.toString(closedPort())));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errorLine())
        .startsWith("mxbot: slack: cannot reach the Slack Web API at " + api + " (")
        .endsWith("check slack.apiUrl, DNS and the network. The token was not checked.")
        .doesNotContain("token is invalid");
  }

  @Test
  @DisplayName("Slack refuses the bot token: one line naming SLACK_BOT_TOKEN and Slack's error")
  void slackRefuses() throws Exception {
    try (Fake slack = new Fake(200, "{\"ok\":false,\"error\":\"invalid_auth\"}")) {
      Run run =
          serve(
              Map.of(
                  "SLACK_BOT_TOKEN",
                  SLACK_BOT_TOKEN,
                  "SLACK_SIGNING_SECRET",
                  SLACK_SIGNING_SECRET,
                  "MXBOT_SLACK_APIURL",
                  slack.url() + "/api/",
                  "MXBOT_SLACK_HTTP_PORT",
                  Integer.toString(closedPort())));

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.errorLine())
          .isEqualTo(
              "mxbot: SLACK_BOT_TOKEN: Slack refused the bot token (invalid_auth); copy it again"
                  + " from the app's OAuth & Permissions page");
    }
  }

  @Test
  @DisplayName("Discord's REST API on a closed port: one line, no 99-line stack trace")
  void discordUnreachable() throws Exception {
    String rest = "http://127.0.0.1:" + closedPort() + "/api/v10/";
    Run run =
        serve(
            Map.of(
                "DISCORD_TOKEN", DISCORD_TOKEN,
                "MXBOT_DISCORD_RESTURL", rest,
                "MXBOT_DISCORD_GATEWAYURL", "ws://127.0.0.1:" + closedPort() + "/"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errorLine())
        .startsWith("mxbot: discord: cannot reach Discord's REST API at " + rest + " (")
        .endsWith("check discord.restUrl, DNS and the network. The token was not checked.");
  }

  @Test
  @DisplayName("Discord refuses the token (401): one line, no stack trace")
  void discordRefuses() throws Exception {
    try (Fake discord = new Fake(401, "{\"message\":\"401: Unauthorized\",\"code\":0}")) {
      Run run =
          serve(
              Map.of(
                  "DISCORD_TOKEN", DISCORD_TOKEN,
                  "MXBOT_DISCORD_RESTURL", discord.url() + "/api/v10/",
                  "MXBOT_DISCORD_GATEWAYURL", "ws://127.0.0.1:" + closedPort() + "/"));

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.errorLine())
          .isEqualTo(
              "mxbot: DISCORD_TOKEN: Discord refused the bot token; copy it again from the"
                  + " Developer Portal (Bot, Reset Token)");
    }
  }

  /** What a run of {@code serve} left: exit code, standard output, standard error. */
  private record Run(int exit, String out, String err) {

    /**
     * The one {@code mxbot:} line of standard error, after checking that nothing on either stream
     * is a stack trace or a secret.
     */
    String errorLine() {
      List<String> lines = err.lines().toList();
      assertThat(lines)
          .as("standard error:%n%s", err)
          .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"));
      for (String secret : List.of(DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)) {
        assertThat(out + err).doesNotContain(secret.substring(secret.length() - 8));
      }
      List<String> mxbot = lines.stream().filter(l -> l.startsWith("mxbot: ")).toList();
      assertThat(mxbot).as("standard error:%n%s", err).hasSize(1);
      return mxbot.get(0);
    }
  }

  /**
   * Runs {@code serve} in a fresh JVM with the shipped logging and {@code bot-config}, standard
   * input a closed pipe, no variable of this machine's that mxbot reads, and {@code variables}.
   */
  private static Run serve(Map<String, String> variables) throws Exception {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath,
            Main.class.getName(),
            "serve",
            "--config",
            "bot-config");
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(
            k -> k.startsWith("MXBOT_") || k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    environment.put("MXBOT_OPS_HOST", "127.0.0.1");
    environment.put("MXBOT_OPS_PORT", Integer.toString(closedPort()));
    environment.put("MXBOT_DNS_RESOLVERS", "127.0.0.1:" + closedPort());
    environment.put("MXBOT_STORE_URL", "none"); // no database in the working directory
    environment.putAll(variables);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("serve did not stop; standard error so far unknown");
    }
    return new Run(process.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A loopback port nothing listens on (it was free a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A loopback HTTP server answering every request with one status and JSON body. */
  private static final class Fake implements AutoCloseable {
    private final HttpServer server;

    Fake(int status, String json) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> answer(exchange, status, json));
      server.start();
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
      exchange.getRequestBody().readAllBytes();
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (var response = exchange.getResponseBody()) {
        response.write(body);
      }
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
