package dev.mxbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Everything the checks of one report share: the domain, the agent's options, the deadline, a memo
 * of work already started (so the same DNS question is never asked twice in one report) and the
 * report being built. Each check sees it through a view of {@link #area() its area}, so that what
 * it could not learn marks that area unchecked ({@link #markUnchecked()}). Safe for concurrent use;
 * once {@link #freeze() frozen} by the diagnosis, late additions are ignored.
 */
public final class CheckContext {

  private final Shared shared;
  private final Area area;

  /** A context whose own view answers for {@link Area#DOMAIN}. */
  public CheckContext(DomainName domain, CheckOptions options, Instant deadline) {
    this(new Shared(domain, options, deadline), Area.DOMAIN);
  }

  private CheckContext(Shared shared, Area area) {
    this.shared = shared;
    this.area = area;
  }

  /** The same report, seen by a check that answers for {@code area}. */
  public CheckContext forArea(Area area) {
    return area == this.area ? this : new CheckContext(shared, area);
  }

  /**
   * The same report, seen by work shared between checks (a fact computed once for all of them): it
   * marks no area itself; each check reading the fact marks its own when the fact is unanswered, so
   * that which areas are unchecked never depends on which check asked first.
   */
  public CheckContext shared() {
    return area == null ? this : new CheckContext(shared, null);
  }

  /** The area this view answers for; {@code null} for {@link #shared()}. */
  public Area area() {
    return area;
  }

  public DomainName domain() {
    return shared.domain;
  }

  public CheckOptions options() {
    return shared.options;
  }

  /** When the whole report must be ready; lookups still running then are reported as unanswered. */
  public Instant deadline() {
    return shared.deadline;
  }

  /**
   * Returns the value computed for {@code key} in this report, computing it once with {@code
   * supplier} on first use. Values are usually futures, so concurrent callers share one lookup.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> supplier) {
    // The supplier runs outside the map's lock: it may itself use the memo (a lookup that
    // starts another lookup), which computeIfAbsent forbids.
    return ((Once<T>) shared.memo.computeIfAbsent(key, k -> new Once<>(supplier))).get();
  }

  public void add(Finding finding) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.findings.add(finding);
      }
    }
  }

  /** Notes the TTL of records the report relies on; the report keeps the smallest. */
  public void noteTtl(long seconds) {
    synchronized (shared) {
      if (!shared.frozen && seconds >= 0) {
        shared.smallestTtl =
            shared.smallestTtl < 0 ? seconds : Math.min(shared.smallestTtl, seconds);
      }
    }
  }

  /**
   * Notes a question sent, e.g. {@code "MX example.it"}: named as unanswered if the report is made
   * before {@link #noteAnswered} is called for it.
   */
  public void noteAsking(String what) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.pending.merge(what, 1, Integer::sum);
      }
    }
  }

  /** Notes that a question of {@link #noteAsking} got its answer (whatever it said). */
  public void noteAnswered(String what) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.pending.computeIfPresent(what, (k, n) -> n > 1 ? n - 1 : null);
      }
    }
  }

  /**
   * Notes a question that got no usable answer, e.g. {@code "TXT _dmarc.example.it (servfail)"}.
   */
  public void noteUnanswered(String what) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.unanswered.add(what);
      }
    }
  }

  /** Counts one DNS question sent for this report; returns how many were sent so far. */
  public int countQuestion() {
    synchronized (shared) {
      return ++shared.questions;
    }
  }

  /**
   * Says that this view's area could not be fully checked: a lookup it needs failed or timed out.
   * The report is then incomplete, and its verdict never {@code ok}.
   */
  public void markUnchecked() {
    synchronized (shared) {
      if (!shared.frozen && area != null) {
        shared.unchecked.add(area);
      }
    }
  }

  public void updateRecords(UnaryOperator<ReportRecords> change) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.records = change.apply(shared.records);
      }
    }
  }

  public void dnsHost(ProviderRef host) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.dnsHost = host;
      }
    }
  }

  public void mailProvider(ProviderRef provider) {
    synchronized (shared) {
      if (!shared.frozen) {
        shared.mailProvider = provider;
      }
    }
  }

  /**
   * Stops accepting additions and returns what was gathered. {@code withAwaited}: whether the
   * questions still awaited are named as unanswered — when a check was cut off by the deadline;
   * when every check finished, a question still in flight was a prefetch no check waited for.
   */
  Snapshot freeze(boolean withAwaited) {
    synchronized (shared) {
      shared.frozen = true;
      return new Snapshot(
          List.copyOf(shared.findings),
          unanswered(withAwaited),
          Set.copyOf(shared.unchecked),
          shared.records,
          shared.dnsHost,
          shared.mailProvider,
          Duration.ofSeconds(Math.max(shared.smallestTtl, 0)),
          shared.questions);
    }
  }

  /**
   * What got no usable answer, then (if asked) what was still awaited; each part by name, then by
   * type, so that the same zone gets the same report whichever answer came in first.
   */
  private List<String> unanswered(boolean withAwaited) {
    Set<String> all = new LinkedHashSet<>(sortedQuestions(shared.unanswered));
    if (withAwaited) {
      all.addAll(sortedQuestions(shared.pending.keySet()));
    }
    return List.copyOf(all);
  }

  /** {@code questions} ("TYPE name", maybe with a reason) by name, then by type. */
  private static List<String> sortedQuestions(Collection<String> questions) {
    List<String> sorted = new ArrayList<>(questions);
    sorted.sort(
        (a, b) -> {
          int name = a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1));
          return name != 0 ? name : a.compareTo(b);
        });
    return sorted;
  }

  /** The state every view of one report shares; guarded by itself. */
  private static final class Shared {
    private final DomainName domain;
    private final CheckOptions options;
    private final Instant deadline;
    private final Map<Object, Once<?>> memo = new ConcurrentHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> unanswered = new LinkedHashSet<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();
    private final Set<Area> unchecked = EnumSet.noneOf(Area.class);
    private ReportRecords records = ReportRecords.UNANSWERED;
    private ProviderRef dnsHost;
    private ProviderRef mailProvider;
    private boolean frozen;
    private long smallestTtl = -1;
    private int questions;

    Shared(DomainName domain, CheckOptions options, Instant deadline) {
      this.domain = domain;
      this.options = options;
      this.deadline = deadline;
    }
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
      Set<Area> unchecked,
      ReportRecords records,
      ProviderRef dnsHost,
      ProviderRef mailProvider,
      Duration smallestTtl,
      int questions) {}
}
