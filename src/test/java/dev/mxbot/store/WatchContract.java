package dev.mxbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.WatchSettings;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.core.Verdict;
import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchBook;
import dev.mxbot.core.WatchDecision;
import dev.mxbot.core.WatchRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Watches kept in the store and re-checked by db-scheduler, the same on every engine: each subclass
 * gives a database URL. The "zone" is a report the test swaps; the re-check decides with the real
 * {@link WatchDecision} and "delivers" into a queue. Intervals are one second; nothing asserts how
 * long anything took.
 */
abstract class WatchContract {

  static final WatchSettings FAST =
      new WatchSettings(
          Duration.ofSeconds(1), Duration.ofHours(1), 3, 5, WatchSettings.DEFAULT_DNS_QUESTIONS);
  static final int WAIT_S = 60;

  private final List<StoredWatches> opened = new ArrayList<>();

  /** A fresh, empty database. */
  abstract String freshUrl() throws Exception;

  @AfterEach
  void closeAll() {
    opened.forEach(StoredWatches::close);
  }

  StoredWatches open(String url, WatchSettings settings) {
    StoredWatches watches =
        StoredWatches.open(
            StoreSettings.DEFAULTS.withUrl(url), Optional.empty(), settings, Clock.systemUTC());
    opened.add(watches);
    return watches;
  }

  /** What the zone answers now, and every message sent. */
  static final class World {
    final AtomicReference<Report> zone = new AtomicReference<>(pending("mx1.example.net."));
    final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    final AtomicInteger checks = new AtomicInteger();
    final Set<Long> checking = ConcurrentHashMap.newKeySet();
    final AtomicBoolean overlapped = new AtomicBoolean();

    /** A re-check as the chat side does it, tagged with the replica's name. */
    WatchRun run(String replica) {
      return (watch, now) -> {
        if (!checking.add(watch.id())) {
          overlapped.set(true);
        }
        try {
          checks.incrementAndGet();
          Report report = zone.get();
          Optional<WatchDecision.Kind> kind = WatchDecision.decide(watch, report, now);
          if (kind.isEmpty()) {
            return new WatchRun.Continue(watch.seen(report));
          }
          sent.add(replica + ":" + watch.domain() + ":" + kind.get());
          return new WatchRun.Ended(kind.get());
        } finally {
          checking.remove(watch.id());
        }
      };
    }

    void awaitChecks(int atLeast) throws InterruptedException {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
      while (checks.get() < atLeast && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(checks.get()).as("re-checks done").isGreaterThanOrEqualTo(atLeast);
    }

    String next() throws InterruptedException {
      String message = sent.poll(WAIT_S, TimeUnit.SECONDS);
      assertThat(message).as("a message within " + WAIT_S + " s").isNotNull();
      return message;
    }
  }

  /** The MX moved to {@code host} at the authoritative servers; a resolver still has the old. */
  static Report pending(String host) {
    Report r = Reports.withMx("example.it", host);
    return new Report(
        r.input(),
        r.domain(),
        Verdict.WARNING,
        null,
        null,
        r.records(),
        List.of(Finding.of(FindingCode.PROPAGATION_PENDING)),
        r.elapsed());
  }

  static Report live(String host) {
    return Reports.withMx("example.it", host);
  }

  static Watch watch(String account, String domain, Instant expires) {
    Report seen = pending("mx1.example.net.");
    return new Watch(
            0,
            "slack",
            account,
            "T1",
            "C1",
            "U1",
            "ab12cd34",
            domain,
            domain,
            "en",
            false,
            Instant.now(),
            expires,
            "warning",
            Map.of())
        .seen(seen);
  }

  static Watch watch(String account, String domain) {
    return watch(account, domain, Instant.now().plus(Duration.ofHours(1)));
  }

  /** Waits until {@code watches} has no row and no execution left. */
  static void awaitGone(StoredWatches watches) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
    while ((watches.table().count() > 0 || watches.scheduled() > 0) && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(watches.table().count()).as("rows left").isZero();
    assertThat(watches.scheduled()).as("executions left").isZero();
  }

  @Test
  @DisplayName(
      "start a watch, the change goes live: exactly one message, then row and schedule gone")
  void oneMessageWhenLive() throws Exception {
    World world = new World();
    StoredWatches watches = open(freshUrl(), FAST);
    watches.start(world.run("a"));
    assertThat(watches.start(watch("T1:U1", "example.it"))).isEqualTo(WatchBook.Started.STARTED);
    world.awaitChecks(2);
    assertThat(world.sent).as("still pending: nothing sent").isEmpty();

    world.zone.set(live("mx2.example.net."));
    assertThat(world.next()).isEqualTo("a:example.it:LIVE");
    awaitGone(watches);
    int checks = world.checks.get();
    Thread.sleep(3 * FAST.interval().toMillis());
    assertThat(world.sent).as("no second message").isEmpty();
    assertThat(world.checks.get()).as("no re-check after the end").isEqualTo(checks);
  }

  @Test
  @DisplayName("records change again while still pending: one 'changed' message")
  void changedAgain() throws Exception {
    World world = new World();
    StoredWatches watches = open(freshUrl(), FAST);
    watches.start(world.run("a"));
    watches.start(watch("T1:U1", "example.it"));
    world.awaitChecks(1);
    world.zone.set(pending("mx3.example.net."));
    assertThat(world.next()).isEqualTo("a:example.it:CHANGED");
    awaitGone(watches);
  }

  @Test
  @DisplayName("nothing happens until the watch expires: one 'expired' message")
  void expires() throws Exception {
    World world = new World();
    StoredWatches watches = open(freshUrl(), FAST);
    watches.start(world.run("a"));
    watches.start(watch("T1:U1", "example.it", Instant.now().plusSeconds(2)));
    assertThat(world.next()).isEqualTo("a:example.it:EXPIRED");
    awaitGone(watches);
  }

  @Test
  @DisplayName("unwatch ends a watch without a message; listing shows the user's watches only")
  void unwatch() throws Exception {
    World world = new World();
    StoredWatches watches = open(freshUrl(), FAST);
    watches.start(world.run("a"));
    watches.start(watch("T1:U1", "example.it"));
    watches.start(watch("T1:U1", "example.fr"));
    watches.start(watch("T1:U2", "example.it"));
    assertThat(watches.of("slack", "T1:U1").orElseThrow())
        .extracting(Watch::domain)
        .containsExactly("example.it", "example.fr");

    assertThat(watches.end("slack", "T1:U1", "example.it")).contains(true);
    assertThat(watches.end("slack", "T1:U1", "example.it")).contains(false);
    assertThat(watches.of("slack", "T1:U1").orElseThrow())
        .extracting(Watch::domain)
        .containsExactly("example.fr");
    watches.end("slack", "T1:U1", "example.fr");
    watches.end("slack", "T1:U2", "example.it");
    awaitGone(watches);
    world.zone.set(live("mx2.example.net."));
    Thread.sleep(3 * FAST.interval().toMillis());
    assertThat(world.sent).as("an ended watch sends nothing").isEmpty();
  }

  @Test
  @DisplayName("limits: one watch per user and domain, watch.maxPerUser, watch.maxActive")
  void limits() throws Exception {
    StoredWatches watches = open(freshUrl(), FAST); // 3 per user, 5 in all
    assertThat(watches.start(watch("T1:U1", "a.it"))).isEqualTo(WatchBook.Started.STARTED);
    assertThat(watches.start(watch("T1:U1", "a.it"))).isEqualTo(WatchBook.Started.ALREADY);
    watches.start(watch("T1:U1", "b.it"));
    watches.start(watch("T1:U1", "c.it"));
    assertThat(watches.start(watch("T1:U1", "d.it"))).isEqualTo(WatchBook.Started.USER_LIMIT);
    watches.start(watch("T1:U2", "a.it"));
    watches.start(watch("T1:U2", "b.it"));
    assertThat(watches.start(watch("T1:U3", "a.it"))).isEqualTo(WatchBook.Started.FULL);
    assertThat(watches.table().count()).isEqualTo(5);
    assertThat(watches.scheduled()).isEqualTo(5);
  }

  @Test
  @DisplayName("across a restart: the watch kept in the database goes on and notifies once")
  void acrossRestart() throws Exception {
    String url = freshUrl();
    World before = new World();
    StoredWatches first = open(url, FAST);
    first.start(before.run("first"));
    first.start(watch("T1:U1", "example.it"));
    before.awaitChecks(1);
    first.close();
    opened.remove(first);

    World after = new World();
    after.zone.set(live("mx2.example.net."));
    StoredWatches second = open(url, FAST);
    second.start(after.run("second"));
    assertThat(after.next()).isEqualTo("second:example.it:LIVE");
    awaitGone(second);
    assertThat(before.sent).isEmpty();
  }

  @Test
  @DisplayName(
      "two replicas on one database: each watch is checked by one at a time, notifies once")
  void twoReplicas() throws Exception {
    String url = freshUrl();
    World world = new World();
    WatchSettings settings =
        new WatchSettings(
            Duration.ofSeconds(1),
            Duration.ofHours(1),
            10,
            100,
            WatchSettings.DEFAULT_DNS_QUESTIONS);
    StoredWatches a = open(url, settings);
    StoredWatches b = open(url, settings);
    a.start(world.run("a"));
    b.start(world.run("b"));
    List<String> domains = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 6; i++) {
      String domain = "d" + i + ".example.it";
      domains.add(domain);
      (i % 2 == 0 ? a : b).start(watch("T1:U" + i, domain));
    }
    world.awaitChecks(18);
    world.zone.set(live("mx2.example.net."));
    List<String> got = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      String message = world.next();
      got.add(message.substring(message.indexOf(':') + 1));
    }
    awaitGone(a);
    Thread.sleep(3 * settings.interval().toMillis());
    assertThat(world.sent).as("no duplicate").isEmpty();
    assertThat(got)
        .containsExactlyInAnyOrderElementsOf(domains.stream().map(d -> d + ":LIVE").toList());
    assertThat(world.overlapped).as("one watch checked by two replicas at once").isFalse();
  }
}
