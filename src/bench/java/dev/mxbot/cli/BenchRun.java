package dev.mxbot.cli;

import dev.mxbot.audit.Checker;
import dev.mxbot.bench.AuditPhase;
import dev.mxbot.bench.AuditZones;
import dev.mxbot.bench.BenchWorld;
import dev.mxbot.bench.Benchmark;
import dev.mxbot.bench.LoopbackSlack;
import dev.mxbot.bench.SlackTarget;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.slack.SlackMode;
import dev.mxbot.chat.slack.SlackModule;
import dev.mxbot.chat.slack.SlackTokens;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigValues;
import dev.mxbot.config.SlackSettings;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.render.JsonRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Runs {@code mxbot-bench bench}: starts the benchmark world and a loopback Slack, wires mxbot to
 * them, runs the benchmark.
 */
final class BenchRun {

  private static final String SLACK_PATH = "/slack/events";

  private BenchRun() {}

  static int run(BenchCommand options, PrintWriter out) throws Exception {
    Duration perQuery = delay("--delay", options.delay);
    Duration slackDelay = delay("--slack-delay", options.slackDelay);
    Benchmark.Settings settings;
    try {
      settings = settings(options, perQuery, slackDelay);
    } catch (IllegalArgumentException e) {
      // an option out of range: one line and exit 2, as for any bad input
      throw new ConfigException(e.getMessage());
    }
    int slackPort = freePort();
    try (BenchWorld world =
            BenchWorld.start(options.common.config.resolve("bench").resolve("zones"));
        LoopbackSlack slack = LoopbackSlack.start();
        Bootstrap app =
            Bootstrap.start(
                options.common,
                config ->
                    config
                        .withResolvers(List.of(world.resolver()))
                        .withAuthoritativePort(world.port())
                        .withAllowPrivateAddresses(true)
                        .withSlack(slackSettings(config.slack(), slackPort, slack.apiUrl())))) {
      Diagnosis diagnosis = app.get(Diagnosis.class);
      String secret = UUID.randomUUID().toString();
      SlackTarget target =
          new SlackTarget(
              URI.create("http://127.0.0.1:" + slackPort + SLACK_PATH),
              secret,
              slack,
              () -> startSlack(app, secret));
      new Benchmark(
              settings,
              world,
              (domain, selectors) ->
                  diagnosis.diagnose(domain, DomainName.of(domain), new CheckOptions(selectors)),
              target,
              out)
          .run();
    }
    if (options.auditDomains > 0) {
      audit(options, perQuery, out);
    }
    return 0;
  }

  /**
   * The audit phase, on a world of its own (the bench zones plus many customers sharing
   * nameservers): one application as {@code audit} wires it (answers cached across domains), one as
   * {@code check} does.
   */
  private static void audit(BenchCommand options, Duration perQuery, PrintWriter out)
      throws Exception {
    Path work = Files.createTempDirectory("mxbot-bench-audit");
    List<String> domains =
        AuditZones.write(
            options.common.config.resolve("bench").resolve("zones"),
            work.resolve("zones"),
            options.auditDomains);
    try (BenchWorld world = BenchWorld.start(work.resolve("zones"))) {
      UnaryOperator<BotConfig> adjust =
          config ->
              config
                  .withResolvers(List.of(world.resolver()))
                  .withAuthoritativePort(world.port())
                  .withAllowPrivateAddresses(true);
      try (Bootstrap cached =
              Bootstrap.start(options.common, adjust, AuditCommand.cachedAnswers());
          Bootstrap plain = Bootstrap.start(options.common, adjust)) {
        new AuditPhase(out)
            .run(
                world,
                domains,
                checker(cached),
                checker(plain),
                options.auditLoop,
                8,
                perQuery,
                options.auditLines,
                work);
      }
    }
  }

  private static Checker checker(Bootstrap app) {
    return AuditCommand.checker(
        app.get(Pipelines.class).create(Platform.CHECK),
        app.get(JsonRenderer.class),
        app.config().locale());
  }

  private static Benchmark.Settings settings(
      BenchCommand options, Duration perQuery, Duration slackDelay) {
    return new Benchmark.Settings(
        options.zones.isEmpty() ? BenchWorld.ZONES : options.zones,
        perQuery,
        options.runs,
        options.cold,
        options.warmup,
        options.throughput,
        options.heapRuns,
        options.coldStartRuns,
        options.jar != null ? options.jar : defaultJar(),
        options.common.config,
        Path.of("target", "bench"),
        options.slackCommands,
        options.slackWarmup,
        slackDelay,
        options.serveStarts,
        options.serveSocketStarts,
        options.serveDiscordStarts,
        options.compareWith);
  }

  private static Duration delay(String option, String value) {
    try {
      // A configuration duration must be positive; the benchmark also takes no delay at all.
      return value.trim().matches("0+(\\.0*)?(ms|s)?")
          ? Duration.ZERO
          : ConfigValues.duration(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(option + " " + value + ": expected a duration like 25ms or 0ms");
    }
  }

  /** The configured Slack section, in HTTP mode on {@code port}, talking to the loopback fake. */
  private static SlackSettings slackSettings(SlackSettings configured, int port, String apiUrl) {
    return new SlackSettings(
        "http", port, SLACK_PATH, apiUrl, List.of(), List.of(), configured.locales());
  }

  /**
   * The Slack adapter as {@code serve} starts it in HTTP mode (same module, same child injector,
   * nothing added), with a bot token the fake accepts and the benchmark's signing secret.
   */
  private static AutoCloseable startSlack(Bootstrap app, String secret) throws Exception {
    SlackTokens tokens =
        new SlackTokens("xoxb-bench-not-a-token", Optional.empty(), Optional.of(secret));
    ChatService service =
        app.child(new SlackModule(tokens, SlackMode.HTTP)).getInstance(ChatService.class);
    app.get(CommandExecutor.class).keepWarm(); // as serve does
    service.start();
    return service::stop;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The jar mxbot itself runs from ({@code target/mxbot.jar}, not the benchmark's jar). */
  private static Path defaultJar() {
    try {
      Path location =
          Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location : Path.of("target", "mxbot.jar");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("target", "mxbot.jar");
    }
  }
}
