package dev.mxbot.checks;

import dev.mxbot.checks.smtp.SmtpConversation;
import dev.mxbot.checks.smtp.SmtpOutcome;
import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import dev.mxbot.providers.MxSet;
import dev.mxbot.providers.ProviderCatalog;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The SMTP probe of one report, run once and shared by the SMTP check (its findings) and the DANE
 * check ({@code DANE_MISMATCH}): the control host first, then at most {@link #MAX_HOSTS} MX hosts
 * by preference, in parallel, each at most {@link #MAX_ADDRESSES} of its addresses one after the
 * other until one gives a conversation. Special-purpose addresses from DNS are never contacted
 * unless {@code dns.allowPrivateAddresses}. Every conversation ends at its timeout or at the
 * report's deadline, whichever comes first; one cut off by the deadline concludes nothing.
 */
final class SmtpProbes {

  /**
   * MX hosts probed, fewer than DANE's {@link DaneCheck#MAX_HOSTS}: each costs outbound port-25
   * connections and up to {@code smtp.timeout} per address; the first three by preference are where
   * senders deliver, and three hosts of three addresses bound a report to nine connections.
   */
  static final int MAX_HOSTS = 3;

  /**
   * Conversations at once, for all reports: each blocks a thread for at most {@code smtp.timeout};
   * work queued behind them still ends at its report's deadline (then it concludes nothing).
   */
  private static final int THREADS = 16;

  /** Addresses tried per host (the bound). */
  static final int MAX_ADDRESSES = 3;

  /** How long the control host's answer is reused, so a batch does not knock on it each time. */
  private static final java.time.Duration CONTROL_REUSE = java.time.Duration.ofMinutes(1);

  private static final Object KEY = new Object();

  /** Whether and how the probe ran for a report. */
  enum State {
    /** {@code smtp.probe} is false: the area is switched off. */
    OFF,
    /** The MX answer is missing: nothing to probe (the area is unchecked). */
    MX_UNANSWERED,
    /** The control host could not be reached either: port 25 is blocked here, not checked. */
    CONTROL_UNREACHABLE,
    /** Probed (each host's result below). */
    PROBED
  }

  /** What happened to one MX host. */
  enum HostState {
    PROBED,
    /** Its A/AAAA lookup failed: unchecked. */
    ADDRESSES_UNANSWERED,
    /** No address at all (the MX check reports it). */
    NO_ADDRESS,
    /** Only special-purpose addresses: not contacted (the MX check reports them). */
    PRIVATE_ONLY
  }

  /** One MX host's probe: the outcome per address tried, in order. */
  record HostProbe(String host, HostState state, List<SmtpOutcome> outcomes) {

    /** The first conversation that got past the banner (with or without TLS). */
    Optional<SmtpOutcome> decisive() {
      return outcomes.stream()
          .filter(o -> o instanceof SmtpOutcome.Tls || o instanceof SmtpOutcome.NoTls)
          .findFirst();
    }

    /** True when no conclusion can be drawn: a conversation was cut off by the deadline. */
    boolean late() {
      return decisive().isEmpty() && outcomes.stream().anyMatch(SmtpOutcome.Late.class::isInstance);
    }
  }

  /** The report's probe. */
  record Probes(State state, String controlHost, Map<String, HostProbe> hosts) {
    static final Probes OFF = new Probes(State.OFF, "", Map.of());
  }

  private final SmtpSettings settings;
  private final Lookups lookups;
  private final MailFacts mail;
  private final ProviderCatalog providers;
  private final Clock clock;
  private final SmtpConversation conversation;
  private final ExecutorService executor;
  private volatile Instant controlOkUntil = Instant.MIN;

  SmtpProbes(
      SmtpSettings settings,
      Lookups lookups,
      MailFacts mail,
      ProviderCatalog providers,
      Clock clock) {
    this.settings = settings;
    this.lookups = lookups;
    this.mail = mail;
    this.providers = providers;
    this.clock = clock;
    this.conversation = new SmtpConversation(clock, settings.heloName());
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread thread = new Thread(r, "smtp-probe");
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true); // idle between reports: no thread kept
    this.executor = pool;
  }

  boolean enabled() {
    return settings.probe();
  }

  /** The report's probe, run on first use. */
  CompletableFuture<Probes> probes(CheckContext context) {
    if (!settings.probe()) {
      return CompletableFuture.completedFuture(Probes.OFF);
    }
    CheckContext shared = context.shared();
    return context.memo(KEY, () -> run(shared));
  }

  /**
   * The control host: {@code smtp.controlHost}, else the home provider's first current MX host (by
   * preference). Chosen by the operator, so it is contacted whatever its address.
   */
  String controlHost() {
    return settings
        .controlHost()
        .orElseGet(
            () ->
                providers.home().currentMxSets().stream()
                    .map(MxSet::records)
                    .flatMap(List::stream)
                    .min((a, b) -> Integer.compare(a.preference(), b.preference()))
                    .map(dev.mxbot.core.MxEntry::host)
                    .orElseThrow(
                        () -> new IllegalStateException("the home provider has no current MX")));
  }

  private CompletableFuture<Probes> run(CheckContext shared) {
    String control = Hosts.relative(controlHost());
    return mail.mxAnswer(shared)
        .thenCompose(
            mx -> {
              if (mx.isUnanswered()) {
                return CompletableFuture.completedFuture(
                    new Probes(State.MX_UNANSWERED, control, Map.of()));
              }
              return controlReachable(shared, control)
                  .thenCompose(
                      ok ->
                          ok
                              ? probeHosts(shared, control, DaneCheck.hosts(mx))
                              : CompletableFuture.completedFuture(
                                  new Probes(State.CONTROL_UNREACHABLE, control, Map.of())));
            });
  }

  private CompletableFuture<Boolean> controlReachable(CheckContext shared, String control) {
    if (clock.instant().isBefore(controlOkUntil)) {
      return CompletableFuture.completedFuture(true);
    }
    return addresses(shared, control)
        .thenComposeAsync(
            found -> {
              Optional<InetAddress> first = found.flatMap(list -> list.stream().findFirst());
              if (first.isEmpty()) {
                return CompletableFuture.completedFuture(false);
              }
              boolean ok = conversation.reachable(first.get(), settings.port(), end(shared));
              if (ok) {
                controlOkUntil = clock.instant().plus(CONTROL_REUSE);
              }
              return CompletableFuture.completedFuture(ok);
            },
            executor);
  }

  private CompletableFuture<Probes> probeHosts(
      CheckContext shared, String control, List<String> mxHosts) {
    Map<String, CompletableFuture<HostProbe>> running = new LinkedHashMap<>();
    for (String host : mxHosts.stream().limit(MAX_HOSTS).toList()) {
      running.put(Hosts.relative(host), probeHost(shared, host));
    }
    return CompletableFuture.allOf(running.values().toArray(CompletableFuture[]::new))
        .thenApply(
            done -> {
              Map<String, HostProbe> hosts = new LinkedHashMap<>();
              running.forEach((host, probe) -> hosts.put(host, probe.join()));
              return new Probes(State.PROBED, control, hosts);
            });
  }

  private CompletableFuture<HostProbe> probeHost(CheckContext shared, String host) {
    String name = Hosts.relative(host);
    return addresses(shared, host)
        .thenComposeAsync(
            found -> {
              if (found.isEmpty()) {
                return done(new HostProbe(name, HostState.ADDRESSES_UNANSWERED, List.of()));
              }
              List<InetAddress> all = found.get();
              if (all.isEmpty()) {
                return done(new HostProbe(name, HostState.NO_ADDRESS, List.of()));
              }
              List<InetAddress> allowed =
                  all.stream().filter(lookups::mayAsk).limit(MAX_ADDRESSES).toList();
              if (allowed.isEmpty()) {
                return done(new HostProbe(name, HostState.PRIVATE_ONLY, List.of()));
              }
              List<SmtpOutcome> outcomes = new ArrayList<>();
              for (InetAddress address : allowed) {
                // Not noted as a DNS question: a probe cut off by the deadline leaves smtp
                // unchecked, and DNS_TIMEOUT would blame the nameservers for it.
                SmtpOutcome outcome =
                    conversation.probe(
                        address, settings.port(), name, end(shared), shared.deadline());
                outcomes.add(outcome);
                if (outcome instanceof SmtpOutcome.Tls || outcome instanceof SmtpOutcome.NoTls) {
                  break;
                }
              }
              return done(new HostProbe(name, HostState.PROBED, outcomes));
            },
            executor);
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  /** A conversation's end: its timeout from now, never past the report's deadline. */
  private Instant end(CheckContext context) {
    Instant timeout = clock.instant().plus(settings.timeout());
    return timeout.isBefore(context.deadline()) ? timeout : context.deadline();
  }

  /**
   * The addresses of {@code host} (an IP literal stands for itself), IPv4 first; empty when a
   * lookup failed and nothing was found.
   */
  private CompletableFuture<Optional<List<InetAddress>>> addresses(
      CheckContext shared, String host) {
    Optional<InetAddress> literal = Hosts.address(Hosts.relative(host));
    if (literal.isPresent()) {
      return done(Optional.of(List.of(literal.get())));
    }
    String name = Hosts.absolute(host);
    CompletableFuture<DnsAnswer> v4 = lookups.resolve(shared, name, RecordType.A);
    CompletableFuture<DnsAnswer> v6 = lookups.resolve(shared, name, RecordType.AAAA);
    return v4.thenCombine(
        v6,
        (a, aaaa) -> {
          List<InetAddress> all = new ArrayList<>();
          for (DnsAnswer answer : List.of(a, aaaa)) {
            answer.records().stream()
                .filter(r -> r.type() == RecordType.A || r.type() == RecordType.AAAA)
                .map(DnsRecord::data)
                .map(Hosts::address)
                .flatMap(Optional::stream)
                .forEach(all::add);
          }
          boolean failed = a.isUnanswered() || aaaa.isUnanswered();
          return all.isEmpty() && failed ? Optional.empty() : Optional.of(List.copyOf(all));
        });
  }
}
