package dev.mxbot.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.WatchSettings;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Watch;
import dev.mxbot.store.WatchKeeper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /mx watch} on the mini internet (Knot DNS serving the zones, a validating Unbound as the
 * resolver): the customer changes the MX of {@code watched.it} (TTL 20 s) on the nameservers, the
 * agent starts a watch while Unbound still caches the old set, and exactly one message arrives once
 * Unbound's cache has expired. Skipped when Knot or Unbound is missing, except under CI=true.
 */
@DisplayName("/mx watch against Knot DNS and Unbound (a real resolver cache)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchInteropTest {

  private MiniInternet internet;
  private Bootstrap app;
  private final BlockingQueue<Notice> sent = new LinkedBlockingQueue<>();

  @BeforeAll
  void start(@TempDir Path dir) {
    Optional<String> unavailable = MiniInternet.unavailableReason();
    assumeTrue(unavailable.isEmpty(), unavailable::get);
    internet = MiniInternet.start();
    CommonOptions options = new CommonOptions();
    options.config = Path.of("bot-config");
    app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(internet.resolver()))
                    .withAuthoritativePort(internet.authoritativePort())
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(6))
                    .withStore(
                        StoreSettings.DEFAULTS.withUrl(
                            "jdbc:h2:file:" + dir.resolve("db/mxbot").toAbsolutePath()))
                    .withWatch(
                        new WatchSettings(
                            Duration.ofSeconds(1),
                            Duration.ofHours(1),
                            5,
                            100,
                            WatchSettings.DEFAULT_DNS_QUESTIONS)));
    app.get(WatchDeliveries.class)
        .register(
            "slack",
            (Watch watch, Outcome outcome) -> {
              sent.add(((Outcome.Answered) outcome).notices().get(0));
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
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
    if (internet != null) {
      internet.close();
    }
  }

  private void warm() {
    app.get(Diagnosis.class)
        .diagnose(Domains.WATCHED, DomainName.of(Domains.WATCHED), CheckOptions.NONE);
  }

  @Test
  @DisplayName("MX changed at Knot, Unbound still caches the old set: one 'live' message")
  void liveAfterTheCacheExpires() throws Exception {
    RequestPipeline slack =
        app.get(Pipelines.class).create(Platform.chat("slack", AccessPolicy.OPEN));
    Caller agent = Caller.slack("T1", "C1", "U1");
    // Warm Unbound's cache with the current set (a diagnosis of its own: the chat path would keep
    // that report for the next command), then change the set at the nameservers and watch at once.
    // On a very slow machine the 20 s may run out before the watch's first diagnosis (it then
    // answers "nothing pending"): change again and retry, at most three times.
    warm();
    List<List<String>> sets = List.of(MiniInternet.OVH_2016_MX, ProviderZones.OVH_CURRENT_MX);
    String started = "";
    for (int attempt = 0; attempt < 3 && !started.equals("watch.started"); attempt++) {
      internet.changeMx(Domains.WATCHED, sets.get(attempt % 2));
      Outcome outcome = slack.answer(agent, "watch " + Domains.WATCHED, "en").get(0);
      started = ((Outcome.Answered) outcome).notices().get(0).key();
      if (!started.equals("watch.started")) {
        warm(); // Unbound caches the set now live; change again
      }
    }
    assertThat(started)
        .as("a watch started while the change was pending")
        .isEqualTo("watch.started");

    Notice message = sent.poll(120, TimeUnit.SECONDS);
    assertThat(message).as("one message within 120 s").isNotNull();
    assertThat(message.key()).isEqualTo("watch.live");
    assertThat(message.params().get("resolvers"))
        .isEqualTo(internet.resolver().getAddress().getHostAddress());
    assertThat(sent.poll(4, TimeUnit.SECONDS)).as("exactly one message").isNull();
  }
}
