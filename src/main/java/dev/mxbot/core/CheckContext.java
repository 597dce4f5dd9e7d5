package dev.mxbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything the checks of one report share: the domain, the agent's options, the deadline, a memo
 * of work already started (so the same DNS question is never asked twice in one report) and the
 * report being built. Safe for concurrent use; once {@link #freeze() frozen} by the diagnosis, late
 * additions are ignored.
 */
public final class CheckContext {

  private final DomainName domain;
  private final CheckOptions options;
  private final Instant deadline;
  private final Map<Object, Once<?>> memo = new ConcurrentHashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> unanswered = new LinkedHashSet<>();
  private ReportRecords records = ReportRecords.EMPTY;
  private ProviderRef dnsHost;
  private ProviderRef mailProvider;
  private boolean frozen;
  private long smallestTtl = -1;

  public CheckContext(DomainName domain, CheckOptions options, Instant deadline) {
    this.domain = domain;
    this.options = options;
    this.deadline = deadline;
  }

  public DomainName domain() {
    return domain;
  }

  public CheckOptions options() {
    return options;
  }

  /** When the whole report must be ready; lookups still running then are reported as unanswered. */
  public Instant deadline() {
    return deadline;
  }

  /**
   * Returns the value computed for {@code key} in this report, computing it once with {@code
   * supplier} on first use. Values are usually futures, so concurrent callers share one lookup.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> supplier) {
    // The supplier runs outside the map's lock: it may itself use the memo (a lookup that
    // starts another lookup), which computeIfAbsent forbids.
    return ((Once<T>) memo.computeIfAbsent(key, k -> new Once<>(supplier))).get();
  }

  public synchronized void add(Finding finding) {
    if (!frozen) {
      findings.add(finding);
    }
  }

  /** Notes a question that got no answer in time, e.g. {@code "MX example.it"}. */
  /** Notes the TTL of records the report relies on; the report keeps the smallest. */
  public synchronized void noteTtl(long seconds) {
    if (!frozen && seconds >= 0) {
      smallestTtl = smallestTtl < 0 ? seconds : Math.min(smallestTtl, seconds);
    }
  }

  public synchronized void noteUnanswered(String what) {
    if (!frozen) {
      unanswered.add(what);
    }
  }

  public synchronized void updateRecords(java.util.function.UnaryOperator<ReportRecords> change) {
    if (!frozen) {
      records = change.apply(records);
    }
  }

  public synchronized void dnsHost(ProviderRef host) {
    if (!frozen) {
      dnsHost = host;
    }
  }

  public synchronized void mailProvider(ProviderRef provider) {
    if (!frozen) {
      mailProvider = provider;
    }
  }

  /** Stops accepting additions and returns what was gathered. */
  synchronized Snapshot freeze() {
    frozen = true;
    return new Snapshot(
        List.copyOf(findings),
        List.copyOf(unanswered),
        records,
        dnsHost,
        mailProvider,
        Duration.ofSeconds(Math.max(smallestTtl, 0)));
  }

  /** A value computed once, by the first caller, without holding the memo's lock. */
  private static final class Once<T> {
    private final Supplier<T> supplier;
    private T value;
    private boolean done;

    Once(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    synchronized T get() {
      if (!done) {
        value = supplier.get();
        done = true;
      }
      return value;
    }
  }

  record Snapshot(
      List<Finding> findings,
      List<String> unanswered,
      ReportRecords records,
      ProviderRef dnsHost,
      ProviderRef mailProvider,
      Duration smallestTtl) {}
}
