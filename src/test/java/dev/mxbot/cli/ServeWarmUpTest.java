package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.WarmUpWorld;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.DiscordSettings;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.SignedAnswer;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.serve.SlackAdapter;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.FakeSocketMode;
import dev.mxbot.testing.LogCapture;
import dev.mxbot.testing.ServeWorld;
import dev.mxbot.testing.SlackHttpRun;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code serve}'s warm-up worlds: the Slack adapter's warm-up commands go the whole way of a real
 * command (diagnosis and posted answer included) against the demo's zones in the process, never the
 * configured resolvers, the log or the adapter's own answers; a real command afterwards is answered
 * and logged as usual.
 */
@DisplayName("serve's warm-up world")
class ServeWarmUpTest {

  @Test
  @DisplayName(
      "A world answers its domain with a complete report from in-process zones; the configured"
          + " resolver is never asked")
  void worldDiagnosesFromItsOwnZones() throws Exception {
    try (DemoWorld demo = DemoWorld.start()) {
      ZoneWarmUps worlds =
          new ZoneWarmUps(
              demo.app.get(BotConfig.class),
              demo.app.get(ProviderCatalog.class),
              demo.app.get(GuideCatalog.class));
      try (WarmUpWorld world = worlds.open().orElseThrow()) {
        RequestPipeline pipeline = world.pipeline("slack");
        List<Outcome> outcomes =
            pipeline.answer(Caller.slack("T0WARM", "C0WARM", "U0WARM"), world.domain(), "en");
        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Answered.class);
        Outcome.Answered answered = (Outcome.Answered) outcomes.get(0);
        assertThat(answered.report().complete()).isTrue();
        assertThat(answered.report().domain().ascii()).isEqualTo(world.domain());
        assertThat(pipeline.platform().recorded()).isFalse();
      }
      assertThat(demo.server.queries()).as("the application's own resolver").isEmpty();
    }
  }

  @Test
  @DisplayName(
      "Slack HTTP mode warms up in a world: every warm-up command answered at the in-process sink,"
          + " none logged, nothing posted to Slack or asked of the real resolver; then a real /mx"
          + " is answered once and logged")
  void slackWarmsUpTheWholeWay() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        SlackHttpRun run = SlackHttpRun.withModules(ZoneWarmUps.module())) {
      assertThat(run.service.ready()).isTrue();
      Pattern posted = Pattern.compile("slack http warm-up: (\\d+) answers posted");
      String line =
          logs.messages().stream()
              .filter(m -> posted.matcher(m).matches())
              .findFirst()
              .orElseThrow();
      Matcher count = posted.matcher(line);
      assertThat(count.matches()).isTrue();
      assertThat(Integer.parseInt(count.group(1))).isPositive();
      assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).startsWith("slack /mx"));
      assertThat(run.world.server.queries()).isEmpty();
      run.settle();
      assertThat(run.slack.pollResponse(0)).isNull();

      HttpResponse<String> ack = run.post(run.slashCommand("mx-2016.it", "real"));
      assertThat(ack.statusCode()).isEqualTo(200);
      assertThat(run.slack.nextResponse(10).path()).isEqualTo("/respond/real");
      logs.await("slack /mx");
      run.settle();
      assertThat(run.slack.pollResponse(0)).as("exactly one final answer").isNull();
      assertThat(logs.messages()).filteredOn(m -> m.startsWith("slack /mx")).hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "Slack Socket Mode warms up in a world before it connects: every warm-up command answered at"
          + " the in-process sink, none logged, none on the socket or posted to Slack; then a real"
          + " /mx gets its ack on the socket and one answer")
  void socketModeWarmsUpBeforeConnecting() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        FakeSlack slack = new FakeSlack()) {
      FakeSocketMode socket =
          new FakeSocketMode(ServeWorld.slashEnvelope(slack, "mx-2016.it", "sock"));
      socket.start();
      slack.socketUrl(socket.url());
      try (DemoWorld world =
          DemoWorld.start(c -> c.withSlack(slack.settings()), ZoneWarmUps.module())) {
        ChatService service =
            new SlackAdapter().create(world.app, SlackHttpRun.socketModeSecrets()).orElseThrow();
        service.start();
        try {
          Matcher posted =
              Pattern.compile("slack socket warm-up: (\\d+) answers posted")
                  .matcher(
                      logs.messages().stream()
                          .filter(
                              m -> m.startsWith("slack socket warm-up: ") && m.contains("posted"))
                          .findFirst()
                          .orElseThrow());
          assertThat(posted.matches()).isTrue();
          assertThat(Integer.parseInt(posted.group(1))).isPositive();
          assertThat(logs.messages())
              .anySatisfy(
                  m -> assertThat(m).matches("slack socket warm-up: (\\d+) of \\1 requests .*"));
          assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).startsWith("slack /mx"));

          // the first message on the socket is the real command's ack
          JsonNode ack = new ObjectMapper().readTree(socket.nextReceived(10));
          assertThat(ack.path("envelope_id").asText()).isEqualTo("env-sock");
          assertThat(ack.path("payload").path("text").asText()).isEqualTo("Checking mx-2016.it…");
          assertThat(slack.nextResponse(10).path()).isEqualTo("/respond/sock");
          assertThat(service.awaitAnswered(Duration.ofSeconds(30))).isTrue();
          assertThat(slack.pollResponse(0)).as("exactly one final answer").isNull();
          logs.await("slack /mx");
          assertThat(logs.messages()).filteredOn(m -> m.startsWith("slack /mx")).hasSize(1);
        } finally {
          service.stop();
          socket.stop(1000);
        }
      }
    }
  }

  @Test
  @DisplayName(
      "Discord warms up in a world before the gateway opens: every warm-up answer rendered, none"
          + " logged or sent to Discord; then a real /mx is deferred, answered and logged once")
  void discordWarmsUpBeforeConnecting() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO);
        DiscordWorld world =
            DiscordWorld.start(
                DiscordSettings.DEFAULTS, DiscordWorld.perMinute(1000), ZoneWarmUps.module())) {
      Matcher rendered =
          Pattern.compile("discord warm-up: (\\d+) answers rendered in \\d+ ms")
              .matcher(
                  logs.messages().stream()
                      .filter(m -> m.startsWith("discord warm-up: "))
                      .findFirst()
                      .orElseThrow());
      assertThat(rendered.matches()).isTrue();
      assertThat(Integer.parseInt(rendered.group(1))).isPositive();
      assertThat(world.rest.calls("POST", "/callback")).isEmpty();
      assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).startsWith("discord /mx"));

      ObjectNode interaction = world.interactions.slash("domain", "mx-2016.it");
      world.gateway.dispatch("INTERACTION_CREATE", interaction);
      String token = interaction.get("token").asText();
      assertThat(world.rest.await("POST", token + "/callback").body().get("type").asInt())
          .isEqualTo(5);
      assertThat(world.rest.answerTo(token).get("embeds").get(0).get("title").asText())
          .contains("mx-2016.it");
      world.settle();
      assertThat(logs.messages())
          .filteredOn(m -> m.startsWith("discord /mx") && m.contains("mx-2016.it"))
          .hasSize(1);
    }
  }

  @Test
  @DisplayName("A world's DNS port asks only loopback nameservers; any other address fails at once")
  void loopbackOnly() throws Exception {
    Counting counting = new Counting();
    LoopbackOnlyDns dns = new LoopbackOnlyDns(counting);
    Instant deadline = Instant.now().plusSeconds(5);

    DnsAnswer outside =
        dns.ask(InetAddress.getByName("203.0.113.7"), "a.example", RecordType.A, deadline).join();
    DnsAnswer probed =
        dns.probe(
                InetAddress.getByName("5.196.100.10"),
                "a.example",
                RecordType.A,
                Dns.Transport.TCP,
                deadline)
            .join();
    dns.ask(InetAddress.getByName("127.0.0.1"), "a.example", RecordType.A, deadline).join();

    assertThat(outside.status()).isEqualTo(DnsAnswer.Status.FAILED);
    assertThat(probed.status()).isEqualTo(DnsAnswer.Status.FAILED);
    assertThat(dns.mayAsk(InetAddress.getByName("198.51.100.1"))).isFalse();
    assertThat(counting.asked).containsExactly("127.0.0.1");
  }

  /** Records the servers asked directly; answers every question with nothing. */
  private static final class Counting implements Dns {
    final List<String> asked = new ArrayList<>();

    @Override
    public CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(name, type));
    }

    @Override
    public CompletableFuture<DnsAnswer> resolveUnchecked(
        String name, RecordType type, Instant deadline) {
      return resolve(name, type, deadline);
    }

    @Override
    public CompletableFuture<SignedAnswer> resolveSigned(
        String name, RecordType type, Instant deadline) {
      return CompletableFuture.completedFuture(SignedAnswer.unsigned(DnsAnswer.failed(name, type)));
    }

    @Override
    public synchronized CompletableFuture<DnsAnswer> ask(
        InetAddress server, String name, RecordType type, Instant deadline) {
      asked.add(server.getHostAddress());
      return resolve(name, type, deadline);
    }

    @Override
    public synchronized CompletableFuture<DnsAnswer> probe(
        InetAddress server, String name, RecordType type, Transport transport, Instant deadline) {
      asked.add(server.getHostAddress());
      return resolve(name, type, deadline);
    }

    @Override
    public boolean mayAsk(InetAddress server) {
      return true;
    }

    @Override
    public List<String> resolverNames() {
      return List.of("counting");
    }
  }
}
