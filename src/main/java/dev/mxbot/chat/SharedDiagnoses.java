package dev.mxbot.chat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work shared between commands. Commands asking the same question ("identical": same domain, same
 * DKIM selectors — the resolvers are the process's) while a diagnosis of it runs join that
 * diagnosis, and a finished report is reused for a short while — at most {@code chat.cacheFor}
 * (default 30 s), never past the smallest TTL of the records it rests on, and never when something
 * could not be checked. Joining or reusing takes no worker of the {@link CommandExecutor}: only new
 * work does, so when an outage makes 500 agents check the same domain, one diagnosis runs and
 * nobody is told "busy". The language and sharing of a command change only its rendering. Safe for
 * concurrent use.
 */
public final class SharedDiagnoses {

  /** Name of the {@link Duration} binding: how long a finished report may be reused. */
  public static final String CACHE_FOR = "chat.cacheFor";

  /** The longest a new diagnosis waits for its start signal (Slack's own limit for an ack). */
  static final Duration START_WAIT = Duration.ofSeconds(3);

  private final Diagnosis diagnosis;
  private final CommandExecutor executor;
  private final Clock clock;
  private final Duration cacheFor;
  private final Map<Key, CompletableFuture<Report>> inFlight = new ConcurrentHashMap<>();
  private final Map<Key, Cached> finished = new ConcurrentHashMap<>();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong joined = new AtomicLong();

  @Inject
  public SharedDiagnoses(
      Diagnosis diagnosis,
      CommandExecutor executor,
      Clock clock,
      @Named(CACHE_FOR) Duration cacheFor) {
    this.diagnosis = diagnosis;
    this.executor = executor;
    this.clock = clock;
    this.cacheFor = cacheFor;
  }

  /** Equals and hashCode by hand (see the {@code dev.mxbot.core} package). */
  private record Key(DomainName domain, CheckOptions options) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key o
          && Objects.equals(domain, o.domain)
          && Objects.equals(options, o.options);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(domain) + Objects.hashCode(options);
    }
  }

  private record Cached(Report report, Instant until) {}

  /**
   * Thrown into the future of a new diagnosis when the executor had no room for it (and into the
   * futures of commands that joined it meanwhile): the command's answer is "busy".
   */
  public static final class Saturated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Saturated() {
      super("no worker free for a new diagnosis", null, false, false);
    }
  }

  /**
   * The report for {@code domain}: reused (already complete), joined (the running diagnosis'
   * report, as of {@code input}), or a new diagnosis on the executor, which starts once {@code
   * start} completes (at most {@link #START_WAIT} later: e.g. once Slack's ack is written). A new
   * diagnosis the executor has no room for fails at once with {@link Saturated}.
   */
  public CompletableFuture<Report> diagnose(
      String input, DomainName domain, CheckOptions options, CompletionStage<?> start) {
    Key key = new Key(domain, options);
    Cached cached = finished.get(key);
    if (cached != null && clock.instant().isBefore(cached.until())) {
      cacheHits.incrementAndGet();
      return CompletableFuture.completedFuture(cached.report().withInput(input));
    }
    CompletableFuture<Report> mine = new CompletableFuture<>();
    CompletableFuture<Report> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      joined.incrementAndGet();
      return running.thenApply(report -> report.withInput(input));
    }
    boolean submitted = executor.trySubmit(() -> run(key, input, options, start, mine));
    if (!submitted) {
      inFlight.remove(key, mine);
      mine.completeExceptionally(new Saturated());
    }
    return mine;
  }

  private void run(
      Key key,
      String input,
      CheckOptions options,
      CompletionStage<?> start,
      CompletableFuture<Report> mine) {
    try {
      awaitStart(start);
      Report report = diagnosis.diagnose(input, key.domain(), options);
      remember(key, report);
      inFlight.remove(key, mine);
      mine.complete(report);
    } catch (RuntimeException | Error e) {
      inFlight.remove(key, mine);
      mine.completeExceptionally(e);
    }
  }

  /**
   * Waits for {@code start}, at most {@link #START_WAIT}; a late or failed signal stops nothing.
   */
  private static void awaitStart(CompletionStage<?> start) {
    try {
      start.toCompletableFuture().get(START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The signal went wrong or is very late: answering is still better than not.
    }
  }

  private void remember(Key key, Report report) {
    // Never an incomplete report, nor one naming a lookup that got no answer: ask again instead.
    boolean complete =
        report.complete()
            && report.findings().stream().noneMatch(f -> f.code() == FindingCode.DNS_TIMEOUT);
    Duration keep = report.smallestTtl().compareTo(cacheFor) < 0 ? report.smallestTtl() : cacheFor;
    if (complete && !keep.isZero()) {
      finished.put(key, new Cached(report, clock.instant().plus(keep)));
    }
    if (finished.size() > 1000) {
      Instant now = clock.instant();
      finished.values().removeIf(c -> !now.isBefore(c.until()));
    }
  }

  /** Reports served from the cache since start. */
  public long cacheHits() {
    return cacheHits.get();
  }

  /** Commands that joined a diagnosis already running since start. */
  public long joined() {
    return joined.get();
  }
}
