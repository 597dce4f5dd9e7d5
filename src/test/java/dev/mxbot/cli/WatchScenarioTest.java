package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RateLimiter;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.chat.WatchRechecks;
import dev.mxbot.chat.Watching;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.WatchSettings;
import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchRun;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.i18n.Messages;
import dev.mxbot.store.WatchKeeper;
import dev.mxbot.testing.DemoWorld;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /mx watch} end to end on loopback: a customer moves the MX of {@code moving.it} from
 * OVHcloud to Google; the nameservers (127.0.0.62/63) already serve the new set, the resolver
 * (127.0.0.61, an in-process zone server holding the old zone, as a cache would) the old one. The
 * agent starts a watch; the resolver's "cache expires" (it is restarted on the same address with
 * the new zone, TTLs of one second); exactly one message arrives at the platform's delivery, naming
 * the resolver. Watches run every second (watch.interval: 1s) on an H2 file.
 */
@DisplayName("/mx watch: one message once the change is live at every resolver")
class WatchScenarioTest {

  private static final String RESOLVER = "127.0.0.61";
  private static final String NS1 = "127.0.0.62";
  private static final String NS2 = "127.0.0.63";
  private static final Path DEMO_ZONES = DemoWorld.CONFIG.resolve("demo").resolve("zones");

  private static final String OVH_MX =
      "@ MX 1 mx0.mail.ovh.net.\n@ MX 5 mx1.mail.ovh.net.\n@ MX 50 mx2.mail.ovh.net.\n"
          + "@ MX 100 mx3.mail.ovh.net.\n@ MX 200 mx4.mail.ovh.net.\n"
          + "@ TXT \"v=spf1 include:mx.ovh.com ~all\"\n";
  private static final String GOOGLE_MX =
      "@ MX 1 smtp.google.com.\n@ TXT \"v=spf1 include:_spf.google.com ~all\"\n";

  private static String customer(String mx) {
    return "$ORIGIN moving.it.\n$TTL 1\n"
        + "@ SOA ns1.switch.it. hostmaster.switch.it. 1 3600 600 86400 1\n"
        + "@ NS ns1.switch.it.\n@ NS ns2.switch.it.\n"
        + mx
        + "_dmarc TXT \"v=DMARC1; p=quarantine\"\n";
  }

  private static final String TLD =
      """
      $ORIGIN it.
      $TTL 1
      @ SOA a.dns.it. hostmaster.nic.it. 1 10800 3600 604800 1
      @ NS a.dns.it.
      a.dns.it. A %s
      switch NS ns1.switch.it.
      ns1.switch A %s
      ns2.switch A %s
      moving NS ns1.switch.it.
      moving NS ns2.switch.it.
      """
          .formatted(RESOLVER, NS1, NS2);

  private static final String SWITCH =
      """
      $ORIGIN switch.it.
      $TTL 1
      @ SOA ns1.switch.it. hostmaster.switch.it. 1 3600 600 86400 1
      @ NS ns1.switch.it.
      ns1 A %s
      ns2 A %s
      """
          .formatted(NS1, NS2);

  @TempDir Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private ZoneServer serve(String address, int port, String customer, boolean providers)
      throws Exception {
    ZoneServerBuilder builder = ZoneServer.builder().address(address).port(port);
    builder.zone("it.", TLD).zone("switch.it.", SWITCH).zone("moving.it.", customer);
    if (providers) {
      for (String file : List.of("ovh.net.zone", "ovh.com.zone", "google.com.zone")) {
        builder.zone(DEMO_ZONES.resolve(file));
      }
    }
    ZoneServer server = builder.start();
    open.add(server);
    return server;
  }

  /** Every watch message "sent" on Slack: the watch and the rendered English text of its note. */
  private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();

  /** The re-checks of {@code app}'s watches, charged in {@code limiter}. */
  private static WatchRechecks rechecks(Bootstrap app, RateLimiter limiter) {
    return new WatchRechecks(
        app.get(SharedDiagnoses.class),
        app.get(WatchDeliveries.class),
        app.get(Watching.class).resolvers(),
        limiter);
  }

  /** Agent U9's watch of {@code domain} in Slack, started {@code now}, for an hour. */
  private static Watch u9Watches(String domain, Instant now) {
    return new Watch(
        0,
        "slack",
        "T1:U9",
        "T1",
        "C1",
        "U9",
        "u9",
        domain,
        domain,
        "en",
        false,
        now,
        now.plus(Duration.ofHours(1)),
        null,
        null);
  }

  private Bootstrap app(int resolverPort, int port) {
    return app(resolverPort, port, UnaryOperator.identity());
  }

  private Bootstrap app(int resolverPort, int port, UnaryOperator<BotConfig> more) {
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    Bootstrap app =
        Bootstrap.start(
            options,
            config ->
                more.apply(
                    config
                        .withResolvers(
                            List.of(new java.net.InetSocketAddress(RESOLVER, resolverPort)))
                        .withAuthoritativePort(port)
                        .withAllowPrivateAddresses(true)
                        .withDeadline(Duration.ofSeconds(4))
                        .withStore(
                            StoreSettings.DEFAULTS.withUrl(
                                "jdbc:h2:file:" + dir.resolve("db/mxbot").toAbsolutePath()))
                        .withWatch(
                            new WatchSettings(
                                Duration.ofSeconds(1),
                                Duration.ofHours(2),
                                5,
                                100,
                                WatchSettings.DEFAULT_DNS_QUESTIONS))));
    open.add(app);
    app.get(WatchDeliveries.class)
        .register(
            "slack",
            (Watch watch, Outcome outcome) -> {
              Outcome.Answered answered = (Outcome.Answered) outcome;
              var notice = answered.notices().get(0);
              sent.add(
                  watch.userId()
                      + " "
                      + Messages.of(answered.lang()).get(notice.key(), notice.params()));
              return CompletableFuture.completedFuture(null);
            });
    Watching watching = app.get(Watching.class);
    ((WatchKeeper) watching.book())
        .run(
            new WatchRechecks(
                app.get(SharedDiagnoses.class),
                app.get(WatchDeliveries.class),
                watching.resolvers(),
                app.get(RateLimiter.class)));
    return app;
  }

  private static String text(Outcome outcome) {
    if (outcome instanceof Outcome.Answered answered) {
      var notice = answered.notices().get(0);
      return Messages.of("en").get(notice.key(), notice.params());
    }
    return Messages.of("en").get(outcome.messageKey(), outcome.params());
  }

  @Test
  @DisplayName(
      "watch while the resolver has the old MX; its cache expires: exactly one message, naming"
          + " the resolver; the watch is gone")
  void liveOnce() throws Exception {
    ZoneServer resolver = serve(RESOLVER, 0, customer(OVH_MX), true);
    int port = resolver.port();
    serve(NS1, port, customer(GOOGLE_MX), false);
    serve(NS2, port, customer(GOOGLE_MX), false);
    Bootstrap app = app(port, port);
    RequestPipeline slack =
        app.get(Pipelines.class).create(Platform.chat("slack", AccessPolicy.OPEN));
    Caller agent = Caller.slack("T1", "C1", "U1");

    Outcome started = slack.answer(agent, "watch moving.it for=1h", "en").get(0);
    assertThat(text(started)).startsWith("Watching moving.it: I re-check every 1s for up to 1h");
    assertThat(text(slack.answer(agent, "watches", "en").get(0)))
        .startsWith("Your watches (1):\n• moving.it · ⏳ ");
    assertThat(text(slack.answer(agent, "watch moving.it", "en").get(0)))
        .isEqualTo("You are already watching moving.it: that watch goes on.");
    assertThat(sent.poll(3, TimeUnit.SECONDS)).as("still pending: nothing sent").isNull();

    resolver.close(); // the cache expires: the resolver now answers the new zone
    open.add(serve(RESOLVER, port, customer(GOOGLE_MX), true));

    String message = sent.poll(60, TimeUnit.SECONDS);
    assertThat(message)
        .isEqualTo(
            "U1 The change of moving.it is live: the authoritative servers and every resolver"
                + " checked ("
                + RESOLVER
                + ":"
                + port
                + ") agree. The watch has ended.");
    assertThat(sent.poll(4, TimeUnit.SECONDS)).as("exactly one message").isNull();
    assertThat(text(slack.answer(agent, "watches", "en").get(0)))
        .isEqualTo("You are watching no domain. Start with /mx watch <domain>.");
  }

  @Test
  @DisplayName(
      "a watch's re-checks spend its owner's DNS question budget: once it is spent, the re-check"
          + " waits and asks nothing, while the others' budgets are untouched")
  void rechecksSpendTheOwnersBudget() throws Exception {
    ZoneServer resolver = serve(RESOLVER, 0, customer(OVH_MX), true);
    int port = resolver.port();
    ZoneServer ns1 = serve(NS1, port, customer(GOOGLE_MX), false);
    ZoneServer ns2 = serve(NS2, port, customer(GOOGLE_MX), false);
    // one question a minute per user: any diagnosis spends it
    Bootstrap app = app(port, port, config -> config.withDnsQuestionBudgets(1, 100_000));
    RateLimiter limiter = app.get(RateLimiter.class);
    WatchRechecks rechecks = rechecks(app, limiter);
    Instant now = Instant.now();
    Watch watch = u9Watches("moving.it", now);

    WatchRun.Step first = rechecks.check(watch, now);
    assertThat(first).isNotInstanceOf(WatchRun.Retry.class);
    assertThat(resolver.queries()).as("the first re-check asks").isNotEmpty();
    assertThat(limiter.questionsWait("slack:T1:U9")).as("and spends U9's budget").isPresent();
    assertThat(limiter.questionsWait("slack:T1:U1")).as("not U1's").isEmpty();

    resolver.resetLog();
    ns1.resetLog();
    ns2.resetLog();
    WatchRun.Step second = rechecks.check(watch, now);
    assertThat(second)
        .isInstanceOfSatisfying(
            WatchRun.Retry.class,
            retry -> assertThat(retry.why()).startsWith("DNS question budget spent for "));
    assertThat(resolver.queries()).as("resolver").isEmpty();
    assertThat(ns1.queries()).as("nameserver 1").isEmpty();
    assertThat(ns2.queries()).as("nameserver 2").isEmpty();
  }

  @Test
  @DisplayName(
      "a watch's re-checks never spend the commands' shared budget: with one DNS question a minute"
          + " for all commands and one for all watches, another agent's /mx is not told to wait"
          + " after a re-check, and the next re-check waits for the watches' budget")
  void rechecksNeverMakeCommandsWait() throws Exception {
    ZoneServer resolver = serve(RESOLVER, 0, customer(OVH_MX), true);
    int port = resolver.port();
    serve(NS1, port, customer(GOOGLE_MX), false);
    serve(NS2, port, customer(GOOGLE_MX), false);
    Bootstrap app =
        app(
            port,
            port,
            config ->
                config
                    .withDnsQuestionBudgets(100_000, 1)
                    .withWatch(
                        new WatchSettings(Duration.ofSeconds(1), Duration.ofHours(2), 5, 100, 1)));
    RateLimiter limiter = app.get(RateLimiter.class);
    WatchRechecks rechecks = rechecks(app, limiter);
    Instant now = Instant.now();
    Watch watch = u9Watches("moving.it", now);

    assertThat(rechecks.check(watch, now)).isNotInstanceOf(WatchRun.Retry.class);
    assertThat(resolver.queries()).as("the re-check asks").isNotEmpty();
    assertThat(limiter.tryAcquire("slack:T1:U1"))
        .as("another agent's /mx, after a re-check that asked many questions")
        .isEmpty();

    resolver.resetLog();
    assertThat(rechecks.check(watch, now))
        .isInstanceOfSatisfying(
            WatchRun.Retry.class,
            retry -> assertThat(retry.why()).startsWith("DNS question budget spent for "));
    assertThat(resolver.queries()).as("the second re-check asks nothing").isEmpty();
  }

  @Test
  @DisplayName("watch a domain with nothing pending: answered at once, no watch kept")
  void nothingPending() throws Exception {
    ZoneServer resolver = serve(RESOLVER, 0, customer(GOOGLE_MX), true);
    int port = resolver.port();
    serve(NS1, port, customer(GOOGLE_MX), false);
    serve(NS2, port, customer(GOOGLE_MX), false);
    Bootstrap app = app(port, port);
    RequestPipeline slack =
        app.get(Pipelines.class).create(Platform.chat("slack", AccessPolicy.OPEN));
    Caller agent = Caller.slack("T1", "C1", "U1");

    assertThat(text(slack.answer(agent, "watch moving.it", "en").get(0)))
        .startsWith("Nothing is pending for moving.it")
        .contains(RESOLVER + ":" + port);
    assertThat(text(slack.answer(agent, "watches", "en").get(0)))
        .isEqualTo("You are watching no domain. Start with /mx watch <domain>.");
    assertThat(text(slack.answer(agent, "unwatch moving.it", "en").get(0)))
        .isEqualTo("You are not watching moving.it.");
    assertThat(text(slack.answer(agent, "watch moving.it for=3h", "en").get(0)))
        .isEqualTo("A watch runs at most 2h: use a shorter for=.");
  }
}
