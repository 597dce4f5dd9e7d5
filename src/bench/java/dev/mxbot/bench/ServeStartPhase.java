package dev.mxbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} from a fresh process, N times: {@code java -jar mxbot.jar serve} with Slack in HTTP
 * mode (a random signing secret) or in Socket Mode (a fake app-level token, the WebSocket at the
 * {@link LoopbackSocketMode}), a fake bot token and the Web API at the {@link LoopbackSlack}; or
 * with Discord alone (a fake {@code DISCORD_TOKEN}, gateway and REST at a {@link LoopbackDiscord});
 * DNS at the benchmark's servers. For each start: the time from the process's start to {@code
 * /readyz} answering 200 (the adapter's own warm-up included; in Socket Mode also the socket
 * opened; on Discord the gateway session READY), then the ack of the first {@code /mx} after
 * readiness and of a few later ones, one at a time, timed by the benchmark (HTTP: its {@link
 * AckClient}; Socket Mode: the envelope's push to the ack's arrival on the socket; Discord: the
 * {@code INTERACTION_CREATE} dispatch to the interaction callback's arrival at the REST fake); then
 * the process is stopped (SIGTERM). The first command must be acked as fast as the later ones.
 */
final class ServeStartPhase {

  private static final String DOMAIN = "ovh-customer.it";
  private static final String SLACK_PATH = "/slack/events";
  private static final int LATER = 4;
  private static final Duration READY_WAIT = Duration.ofMinutes(2);
  private static final Duration ACK_WAIT = Duration.ofSeconds(10);

  /** Fake, not a secret: shaped like a bot token (user id, timestamp, HMAC). */
  private static final String DISCORD_TOKEN =
      "OTEwMDAwMDAwMDAwMDAwMDAx.GbEnCh.bench-not-a-token-bench-not-a-token-bench";

  /** How the chat platform reaches the bot: its name in the report and its summary keys. */
  private enum Mode {
    HTTP("Slack HTTP mode", "serve_ready_ms", "fresh"),
    SOCKET("Slack Socket Mode", "serve_ready_ms_socket", "socket"),
    DISCORD("Discord", "serve_ready_ms_discord", "discord");

    final String title;
    final String readyKey;
    final String ackLabel;

    Mode(String title, String readyKey, String ackLabel) {
      this.title = title;
      this.readyKey = readyKey;
      this.ackLabel = ackLabel;
    }
  }

  /** One started {@code serve}'s chat side: sends command {@code i} and returns its ack in ms. */
  @FunctionalInterface
  private interface Commands {
    double ack(int i) throws Exception;
  }

  private final BenchWorld world;
  private final LoopbackSlack slack;
  private final PrintWriter out;
  private final Summary summary;
  private final AckClient http = new AckClient(ACK_WAIT);
  private LoopbackDiscord discord; // only while runDiscord runs

  ServeStartPhase(BenchWorld world, LoopbackSlack slack, PrintWriter out, Summary summary) {
    this.world = world;
    this.slack = slack;
    this.out = out;
    this.summary = summary;
  }

  /** {@code starts} fresh starts in Slack HTTP mode. */
  void run(Path jar, Path config, int starts, Duration delay) throws Exception {
    run(Mode.HTTP, jar, config, starts, delay);
  }

  /** {@code starts} fresh starts in Slack Socket Mode. */
  void runSocket(Path jar, Path config, int starts, Duration delay) throws Exception {
    run(Mode.SOCKET, jar, config, starts, delay);
  }

  /**
   * {@code starts} fresh starts with Discord alone, against a {@link LoopbackDiscord} started for
   * them and closed after.
   */
  void runDiscord(Path jar, Path config, int starts, Duration delay) throws Exception {
    try (LoopbackDiscord fake = LoopbackDiscord.start()) {
      discord = fake;
      run(Mode.DISCORD, jar, config, starts, delay);
    } finally {
      discord = null;
    }
  }

  private void run(Mode mode, Path jar, Path config, int starts, Duration delay) throws Exception {
    out.printf(
        Locale.ROOT,
        "%n== serve from a fresh process, %d starts: java -jar %s serve (%s);"
            + " time to /readyz, then the ack of the first /mx and of %d later ones, one at a"
            + " time; every DNS answer delayed %d ms%n",
        starts,
        jar,
        mode.title,
        LATER,
        delay.toMillis());
    world.delayAll(delay);
    double[] ready = new double[starts];
    double[] first = new double[starts];
    double[] later = new double[starts * LATER];
    try {
      for (int s = 0; s < starts; s++) {
        double[] acks = new double[LATER + 1];
        ready[s] = start(mode, jar, config, s, acks);
        first[s] = acks[0];
        System.arraycopy(acks, 1, later, s * LATER, LATER);
      }
    } finally {
      world.delayAll(Duration.ZERO);
    }
    Stats readyStats = new Stats(ready);
    Stats firstStats = new Stats(first);
    Stats laterStats = new Stats(later);
    out.printf(Locale.ROOT, "process start → ready  %s%n", readyStats.describe());
    out.printf(Locale.ROOT, "first command's ack    %s%n", firstStats.describe());
    out.printf(Locale.ROOT, "later commands' acks   %s%n", laterStats.describe());
    summary.add(
        mode.readyKey, readyStats.percentile(50), "max_ms", readyStats.max(), "starts", starts);
    summary.add(
        "serve_first_ack",
        mode.ackLabel,
        "p50_ms",
        firstStats.percentile(50),
        "p95_ms",
        firstStats.percentile(95),
        "max_ms",
        firstStats.max(),
        "later_p50_ms",
        laterStats.percentile(50),
        "later_p95_ms",
        laterStats.percentile(95),
        "n",
        starts,
        "target_p95_ms",
        50,
        "met",
        firstStats.percentile(95) <= 50);
  }

  /** One fresh {@code serve}: returns the ms to ready and fills {@code acks} (first, later...). */
  private double start(Mode mode, Path jar, Path config, int index, double[] acks)
      throws Exception {
    int opsPort = freePort();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "serve",
            "--config",
            config.toString(),
            "--resolver",
            "127.0.0.10:" + world.port(),
            "--authoritative-port",
            Integer.toString(world.port()),
            "--allow-private-addresses");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("MXBOT_") || k.contains("TOKEN"));
    env.remove("SLACK_SIGNING_SECRET");
    Commands commands =
        switch (mode) {
          case HTTP -> httpMode(env, index);
          case SOCKET -> socketMode(env, index);
          case DISCORD -> discordMode(env, index);
        };
    env.put("MXBOT_OPS_PORT", Integer.toString(opsPort));
    env.put("MXBOT_OPS_HOST", "127.0.0.1");
    // no database in the working directory (serve would open ./data/mxbot for its watches)
    env.put("MXBOT_STORE_URL", "none");
    long begin = System.nanoTime();
    Process process = builder.start();
    try {
      awaitReady(process, opsPort);
      double ready = (System.nanoTime() - begin) / 1e6;
      for (int i = 0; i < acks.length; i++) {
        acks[i] = commands.ack(i);
      }
      return ready;
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * HTTP mode on a free port with a random signing secret: each command a signed POST, its ack the
   * response, timed by the {@link AckClient}.
   */
  private Commands httpMode(Map<String, String> env, int index) throws IOException {
    slackBot(env);
    int slackPort = freePort();
    String secret = UUID.randomUUID().toString();
    env.put("SLACK_SIGNING_SECRET", secret);
    env.put("MXBOT_SLACK_MODE", "http");
    env.put("MXBOT_SLACK_HTTP_PORT", Integer.toString(slackPort));
    env.put("MXBOT_SLACK_HTTP_PATH", SLACK_PATH);
    URI endpoint = URI.create("http://127.0.0.1:" + slackPort + SLACK_PATH);
    return i -> {
      String id = "fresh-" + index + "-" + i;
      SlashCommand slash =
          SlashCommand.signed(
              id,
              DOMAIN + " dkim=fresh" + index + "x" + i,
              "UBENCHFRESH" + index + "X" + i,
              slack.responseUrl(id),
              secret);
      AckClient.Answer answer = http.post(endpoint, List.of(slash.request())).get(0);
      if (answer.status() != 200 || !answer.body().contains("Checking")) {
        throw new IllegalStateException(
            "serve ack " + id + ": " + answer.status() + " " + answer.body());
      }
      return answer.ackMillis();
    };
  }

  /**
   * Socket Mode with a fake app-level token (no signing secret): each command an envelope pushed on
   * the bot's connection to the {@link LoopbackSocketMode}, its ack the bot's answer on the socket.
   */
  private Commands socketMode(Map<String, String> env, int index) throws IOException {
    slackBot(env);
    env.put("SLACK_APP_TOKEN", "xapp-bench-not-a-token");
    env.put("MXBOT_SLACK_MODE", "socket");
    LoopbackSocketMode socket = slack.socketMode();
    return i -> {
      String id = "socket-" + index + "-" + i;
      LoopbackSocketMode.Ack ack =
          socket.push(
              "env-" + id,
              DOMAIN + " dkim=socket" + index + "x" + i,
              "UBENCHSOCKET" + index + "X" + i,
              slack.responseUrl(id),
              ACK_WAIT);
      if (!ack.message().contains("Checking")) {
        throw new IllegalStateException("serve ack " + id + ": " + ack.message());
      }
      return ack.millis();
    };
  }

  /** Slack's bot token (fake) and Web API (the {@link LoopbackSlack}), for both Slack modes. */
  private void slackBot(Map<String, String> env) {
    env.put("SLACK_BOT_TOKEN", "xoxb-bench-not-a-token");
    env.put("MXBOT_SLACK_API_URL", slack.apiUrl());
  }

  /**
   * Discord alone, with a fake bot token and JDA pointed at the {@link LoopbackDiscord}: each
   * command an {@code INTERACTION_CREATE} for {@code /mx} from a user of its own (so no rate limit
   * is shared) with a DKIM selector of its own (so no earlier answer is reused), its ack the
   * interaction callback, which must defer (type 5). Readiness must mean the gateway session is
   * READY: a command finding no session newer than this start's launch fails.
   */
  private Commands discordMode(Map<String, String> env, int index) {
    LoopbackDiscord fake = discord;
    env.put("DISCORD_TOKEN", DISCORD_TOKEN);
    env.put("MXBOT_DISCORD_REST_URL", fake.restUrl());
    env.put("MXBOT_DISCORD_GATEWAY_URL", fake.gatewayUrl());
    int readiesBefore = fake.readies();
    return i -> {
      if (fake.readies() <= readiesBefore) {
        throw new IllegalStateException("serve ready before its Discord session was READY");
      }
      String id = "discord-" + index + "-" + i;
      LoopbackDiscord.Ack ack =
          fake.command(
              Long.toString(720_000_000_000_000_000L + index * 100L + i),
              ACK_WAIT,
              "domain",
              DOMAIN,
              "dkim",
              "discord" + index + "x" + i);
      if (ack.callback() == null || ack.callback().path("type").asInt() != 5) {
        throw new IllegalStateException("serve ack " + id + ": " + ack.callback());
      }
      return ack.millis();
    };
  }

  /** Polls {@code /readyz} every 5 ms until it answers 200; fails if the process ends first. */
  private static void awaitReady(Process process, int opsPort) throws Exception {
    URI readyz = URI.create("http://127.0.0.1:" + opsPort + "/readyz");
    long deadline = System.nanoTime() + READY_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("serve exited with " + process.exitValue());
      }
      try {
        HttpURLConnection connection = (HttpURLConnection) readyz.toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(1000);
        int status = connection.getResponseCode();
        connection.disconnect();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("serve not ready within " + READY_WAIT);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
