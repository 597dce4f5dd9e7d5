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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} from a fresh process, N times: {@code java -jar mxbot.jar serve} in Slack HTTP mode
 * (a random signing secret, a fake bot token, the Web API at the {@link LoopbackSlack}), DNS at the
 * benchmark's servers. For each start: the time from the process's start to {@code /readyz}
 * answering 200 (the adapter's own warm-up included), then the ack of the first {@code /mx} after
 * readiness and of a few later ones, one at a time, timed by the benchmark's {@link AckClient};
 * then the process is stopped (SIGTERM). The first command must be acked as fast as the later ones.
 */
final class ServeStartPhase {

  private static final String DOMAIN = "ovh-customer.it";
  private static final String SLACK_PATH = "/slack/events";
  private static final int LATER = 4;
  private static final Duration READY_WAIT = Duration.ofMinutes(2);

  private final BenchWorld world;
  private final LoopbackSlack slack;
  private final PrintWriter out;
  private final Summary summary;
  private final AckClient http = new AckClient(Duration.ofSeconds(10));

  ServeStartPhase(BenchWorld world, LoopbackSlack slack, PrintWriter out, Summary summary) {
    this.world = world;
    this.slack = slack;
    this.out = out;
    this.summary = summary;
  }

  void run(Path jar, Path config, int starts, Duration delay) throws Exception {
    out.printf(
        Locale.ROOT,
        "%n== serve from a fresh process, %d starts: java -jar %s serve (Slack HTTP mode);"
            + " time to /readyz, then the ack of the first /mx and of %d later ones, one at a"
            + " time; every DNS answer delayed %d ms%n",
        starts,
        jar,
        LATER,
        delay.toMillis());
    world.delayAll(delay);
    double[] ready = new double[starts];
    double[] first = new double[starts];
    double[] later = new double[starts * LATER];
    try {
      for (int s = 0; s < starts; s++) {
        double[] acks = new double[LATER + 1];
        ready[s] = start(jar, config, s, acks);
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
        "serve_ready_ms", readyStats.percentile(50), "max_ms", readyStats.max(), "starts", starts);
    summary.add(
        "serve_first_ack",
        "fresh",
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
  private double start(Path jar, Path config, int index, double[] acks) throws Exception {
    int slackPort = freePort();
    int opsPort = freePort();
    String secret = UUID.randomUUID().toString();
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
    builder.environment().keySet().removeIf(k -> k.startsWith("MXBOT_") || k.contains("TOKEN"));
    builder.environment().remove("SLACK_SIGNING_SECRET");
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-bench-not-a-token");
    builder.environment().put("SLACK_SIGNING_SECRET", secret);
    builder.environment().put("MXBOT_SLACK_MODE", "http");
    builder.environment().put("MXBOT_SLACK_HTTP_PORT", Integer.toString(slackPort));
    builder.environment().put("MXBOT_SLACK_HTTP_PATH", SLACK_PATH);
    builder.environment().put("MXBOT_SLACK_API_URL", slack.apiUrl());
    builder.environment().put("MXBOT_OPS_PORT", Integer.toString(opsPort));
    builder.environment().put("MXBOT_OPS_HOST", "127.0.0.1");
    // no database in the working directory (serve would open ./data/mxbot for its watches)
    builder.environment().put("MXBOT_STORE_URL", "none");
    long begin = System.nanoTime();
    Process process = builder.start();
    try {
      awaitReady(process, opsPort);
      double ready = (System.nanoTime() - begin) / 1e6;
      URI endpoint = URI.create("http://127.0.0.1:" + slackPort + SLACK_PATH);
      for (int i = 0; i < acks.length; i++) {
        String id = "fresh-" + index + "-" + i;
        SlashCommand command1 =
            SlashCommand.signed(
                id,
                DOMAIN + " dkim=fresh" + index + "x" + i,
                "UBENCHFRESH" + index + "X" + i,
                slack.responseUrl(id),
                secret);
        AckClient.Answer answer = http.post(endpoint, List.of(command1.request())).get(0);
        if (answer.status() != 200 || !answer.body().contains("Checking")) {
          throw new IllegalStateException(
              "serve ack " + id + ": " + answer.status() + " " + answer.body());
        }
        acks[i] = answer.ackMillis();
      }
      return ready;
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
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
