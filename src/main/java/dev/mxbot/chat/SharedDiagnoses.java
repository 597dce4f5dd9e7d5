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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work shared between commands: two agents asking about the same domain at once share one diagnosis
 * (one set of DNS queries), and a finished report is reused for a short while — at most {@code
 * chat.cacheFor} (default 30 s), never past the smallest TTL of the records it rests on, and never
 * when something could not be checked. Safe for concurrent use.
 */
public final class SharedDiagnoses {

  /** Name of the {@link Duration} binding: how long a finished report may be reused. */
  public static final String CACHE_FOR = "chat.cacheFor";

  private final Diagnosis diagnosis;
  private final Clock clock;
  private final Duration cacheFor;
  private final Map<Key, CompletableFuture<Report>> inFlight = new ConcurrentHashMap<>();
  private final Map<Key, Cached> finished = new ConcurrentHashMap<>();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong joined = new AtomicLong();

  @Inject
  public SharedDiagnoses(Diagnosis diagnosis, Clock clock, @Named(CACHE_FOR) Duration cacheFor) {
    this.diagnosis = diagnosis;
    this.clock = clock;
    this.cacheFor = cacheFor;
  }

  private record Key(DomainName domain, CheckOptions options) {}

  private record Cached(Report report, Instant until) {}

  /** The report for {@code domain}: reused, joined or run now (blocking until it is ready). */
  public Report diagnose(String input, DomainName domain, CheckOptions options) {
    Key key = new Key(domain, options);
    Instant now = clock.instant();
    Cached cached = finished.get(key);
    if (cached != null && now.isBefore(cached.until())) {
      cacheHits.incrementAndGet();
      return cached.report().withInput(input);
    }
    CompletableFuture<Report> mine = new CompletableFuture<>();
    CompletableFuture<Report> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      joined.incrementAndGet();
      return running.join().withInput(input);
    }
    try {
      Report report = diagnosis.diagnose(input, domain, options);
      remember(key, report);
      mine.complete(report);
      return report;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
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
