package dev.mxbot.dns;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The {@link Dns} port on dnsjava: raw queries with {@code SimpleResolver}, our own resolver
 * failover and CNAME chasing, every outcome mapped to a {@link DnsAnswer}. Thread safe; meant as
 * one instance per application (Guice singleton).
 *
 * <p>Under Guice, the resolvers and the reply threads are given ({@link DnsModule}: the configured
 * resolvers, else the system's; the threads shut down by the application's lifecycle, after this
 * client). Built with {@link #DnsjavaDns(DnsSettings)}, it asks the settings' resolvers only and
 * runs replies on threads of its own that {@link #close()} stops. dnsjava's selector timeout is a
 * system property set once at start-up ({@link DnsjavaProperties}).
 *
 * <p>{@link #close()} completes the questions still in flight with FAILED and refuses new ones. It
 * does not stop dnsjava's I/O thread: that thread ("dnsjava NIO selector") is shared by every
 * dnsjava user in the JVM, and {@code NioClient.close()} would fail their queries in flight too.
 * dnsjava stops it with its own shutdown hook at JVM exit.
 */
public final class DnsjavaDns implements Dns, AutoCloseable {

  /** Name of the binding of the recursive resolvers, a {@code List<InetSocketAddress>}. */
  public static final String RESOLVERS = "dns.resolvers";

  /** Name of the binding of the {@link Executor} that parses replies. */
  public static final String REPLIES = "dns.replies";

  /** Threads that parse replies and run the callers' continuations; idle ones stop. */
  private static final int REPLY_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  /** The EDNS payload size of signed questions (RFC 9715's safe size); larger goes over TCP. */
  private static final int SIGNED_PAYLOAD = 1232;

  /** How long after the deadline a future may still complete before it is forced to TIMEOUT. */
  private static final Duration GRACE = Duration.ofMillis(100);

  private final List<InetSocketAddress> resolvers;
  private final int authoritativePort;
  private final DnsSettings settings;
  private final QuerySender sender;
  private final Clock clock;
  private final Map<CompletableFuture<DnsAnswer>, DnsAnswer> inFlight = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** The reply threads this client created and stops on {@link #close()}; null when given. */
  private final ThreadPoolExecutor ownReplies;

  @Inject
  DnsjavaDns(
      DnsSettings settings,
      @Named(RESOLVERS) List<InetSocketAddress> resolvers,
      @Named(REPLIES) Executor replies) {
    this(settings, resolvers, replies, null, Clock.systemUTC());
  }

  /**
   * A client on its own (tests, tools): asks the settings' resolvers and no other (none when the
   * list is empty: recursive questions then time out), on reply threads of its own.
   */
  public DnsjavaDns(DnsSettings settings) {
    this(settings, replyExecutor());
  }

  /**
   * The client of a one-shot command, built without an injector: the resolvers {@link DnsModule}
   * would bind (the configured ones, else {@code system}'s), on reply threads of its own that
   * {@link #close()} stops.
   */
  public static DnsjavaDns standalone(DnsSettings settings, SystemResolvers system) {
    ThreadPoolExecutor own = replyExecutor();
    return new DnsjavaDns(settings, resolvers(settings, system), own, own, Clock.systemUTC());
  }

  /**
   * Sets up, on the calling thread, what the first query of a process needs from dnsjava and the
   * JDK whatever it asks: its record and message classes (their number formats), the random query
   * ids, one query message written and read back. Nothing is sent. For a one-shot check, which has
   * a core to spare while its knowledge files are read; repeating it costs microseconds.
   */
  public static void prepare() {
    try {
      Message query = Message.newQuery(Record.newRecord(Name.root, Type.NS, DClass.IN));
      query.addRecord(new OPTRecord(1232, 0, 0, ExtendedFlags.DO), Section.ADDITIONAL);
      new Message(query.toWire()).getSection(Section.QUESTION);
    } catch (java.io.IOException cannotHappen) {
      throw new java.io.UncheckedIOException(cannotHappen);
    }
  }

  /** The configured resolvers win; the system's are read only when none is configured. */
  static List<InetSocketAddress> resolvers(DnsSettings settings, SystemResolvers system) {
    return settings.resolvers().isEmpty() ? List.copyOf(system.servers()) : settings.resolvers();
  }

  private DnsjavaDns(DnsSettings settings, ThreadPoolExecutor own) {
    this(settings, settings.resolvers(), own, own, Clock.systemUTC());
  }

  private DnsjavaDns(
      DnsSettings settings,
      List<InetSocketAddress> resolvers,
      Executor replies,
      ThreadPoolExecutor ownReplies,
      Clock clock) {
    this.resolvers = List.copyOf(resolvers);
    this.authoritativePort = settings.authoritativePort();
    this.settings = settings;
    this.ownReplies = ownReplies;
    this.sender =
        new QuerySender(
            settings.queryTimeout(),
            clock,
            replies,
            settings.maxInFlightPerServer(),
            settings.limitResolvers());
    this.clock = clock;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Follows the CNAME chain through the answer section and asks again for a target left without
   * data (at most {@value CnameChain#MAX_HOPS} aliases; a loop is FAILED).
   */
  @Override
  public boolean mayAsk(InetAddress server) {
    return settings.mayAsk(server);
  }

  @Override
  public List<String> resolverNames() {
    return resolvers.stream()
        .map(r -> r.getAddress().getHostAddress() + ":" + r.getPort())
        .toList();
  }

  @Override
  public CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline) {
    return run(name, type, deadline, Mode.RECURSIVE, resolvers, null);
  }

  @Override
  public CompletableFuture<DnsAnswer> resolveUnchecked(
      String name, RecordType type, Instant deadline) {
    return run(name, type, deadline, Mode.RECURSIVE_UNCHECKED, resolvers, null);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The RRset and RRSIGs are those of the last response, at the end of the CNAME chain.
   */
  @Override
  public CompletableFuture<SignedAnswer> resolveSigned(
      String name, RecordType type, Instant deadline) {
    AtomicReference<Message> last = new AtomicReference<>();
    return run(name, type, deadline, Mode.RECURSIVE_SIGNED, resolvers, last)
        .thenApply(answer -> signed(answer, last.get()));
  }

  /** The answer with its RRset and RRSIGs read from {@code message}, the response it came from. */
  private static SignedAnswer signed(DnsAnswer answer, Message message) {
    if (!answer.isOk() || message == null) {
      return SignedAnswer.unsigned(answer);
    }
    Name owner;
    try {
      owner = Name.fromString(answer.records().get(0).owner());
    } catch (TextParseException e) {
      return SignedAnswer.unsigned(answer);
    }
    int type = RecordTypes.toDnsjava(answer.type());
    List<Record> section = message.getSection(Section.ANSWER);
    List<String> rrset =
        section.stream()
            .filter(r -> r.getType() == type && r.getName().equals(owner))
            .map(Record::toString)
            .toList();
    List<String> signatures =
        section.stream()
            .filter(r -> r instanceof RRSIGRecord sig && sig.getTypeCovered() == type)
            .filter(r -> r.getName().equals(owner))
            .map(Record::toString)
            .toList();
    return new SignedAnswer(answer, rrset, signatures);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Never asks a second question: a CNAME in the answer is reported in {@code aliases} (with the
   * target's records when the server put them in the same answer, as servers do for targets in
   * their own zone). A referral is NODATA with {@code authoritative} false.
   */
  @Override
  public CompletableFuture<DnsAnswer> ask(
      InetAddress server, String name, RecordType type, Instant deadline) {
    if (!settings.mayAsk(server)) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(name, type));
    }
    return run(
        name,
        type,
        deadline,
        Mode.AUTHORITATIVE,
        List.of(new InetSocketAddress(server, authoritativePort)),
        null);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Never asks a second question, as {@link #ask}.
   */
  @Override
  public CompletableFuture<DnsAnswer> probe(
      InetAddress server, String name, RecordType type, Transport transport, Instant deadline) {
    Objects.requireNonNull(transport, "transport");
    if (!settings.mayAsk(server)) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(name, type));
    }
    return run(
        name,
        type,
        deadline,
        Mode.AUTHORITATIVE,
        List.of(new InetSocketAddress(server, authoritativePort)),
        transport,
        null);
  }

  private CompletableFuture<DnsAnswer> run(
      String name, RecordType type, Instant deadline, Mode mode, List<InetSocketAddress> to) {
    return run(name, type, deadline, mode, to, null, null);
  }

  private CompletableFuture<DnsAnswer> run(
      String name,
      RecordType type,
      Instant deadline,
      Mode mode,
      List<InetSocketAddress> to,
      AtomicReference<Message> last) {
    return run(name, type, deadline, mode, to, null, last);
  }

  /**
   * Asks; {@code transport} null for the usual way (UDP, TCP when truncated, failover); {@code
   * last}, when given, receives each response read (the final one stays).
   */
  private CompletableFuture<DnsAnswer> run(
      String name,
      RecordType type,
      Instant deadline,
      Mode mode,
      List<InetSocketAddress> to,
      Transport transport,
      AtomicReference<Message> last) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(deadline, "deadline");
    Name asked;
    try {
      asked = Name.fromString(name, Name.root);
    } catch (TextParseException | RuntimeException e) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(name, type));
    }
    CnameChain chain = new CnameChain(asked, type, mode != Mode.AUTHORITATIVE);
    if (closed) {
      return CompletableFuture.completedFuture(chain.failed());
    }
    CompletableFuture<DnsAnswer> result = new CompletableFuture<>();
    inFlight.put(result, DnsAnswer.failed(RecordFormatter.name(asked), type));
    result.whenComplete((answer, error) -> inFlight.remove(result));
    long untilDeadline = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    result.completeOnTimeout(
        DnsAnswer.timeout(RecordFormatter.name(asked), type),
        untilDeadline + GRACE.toMillis(),
        TimeUnit.MILLISECONDS);
    try {
      step(chain, mode, to, deadline, transport, last)
          .whenComplete(
              (answer, error) -> result.complete(error == null ? answer : chain.failed()));
    } catch (RuntimeException e) {
      result.complete(chain.failed());
    }
    return result;
  }

  private CompletableFuture<DnsAnswer> step(
      CnameChain chain,
      Mode mode,
      List<InetSocketAddress> to,
      Instant deadline,
      Transport transport,
      AtomicReference<Message> last) {
    Message query = Message.newQuery(Record.newRecord(chain.current(), chain.dnsType(), DClass.IN));
    if (mode == Mode.AUTHORITATIVE) {
      query.getHeader().unsetFlag(Flags.RD);
    } else {
      // AD in a query asks a validating resolver to say whether it validated (RFC 6840 §5.7).
      query.getHeader().setFlag(Flags.AD);
    }
    if (mode == Mode.RECURSIVE_UNCHECKED || mode == Mode.RECURSIVE_SIGNED) {
      query.getHeader().setFlag(Flags.CD);
    }
    if (mode == Mode.RECURSIVE_SIGNED) {
      query.addRecord(new OPTRecord(SIGNED_PAYLOAD, 0, 0, ExtendedFlags.DO), Section.ADDITIONAL);
    }
    CompletableFuture<Reply> sent =
        transport == null
            ? sender.sendInTurn(to, query, deadline, mode != Mode.AUTHORITATIVE)
            : sender.probe(to.get(0), query, transport, deadline);
    return sent.thenCompose(
        reply -> {
          if (last != null) {
            last.set(reply.message());
          }
          Optional<DnsAnswer> answer = chain.read(reply);
          return answer.isPresent()
              ? CompletableFuture.completedFuture(answer.get())
              : step(chain, mode, to, deadline, transport, last);
        });
  }

  /**
   * The executor of the replies: a few daemon threads that stop when idle. Once shut down (by
   * {@link #close()} or the application's lifecycle), a late reply is dropped without an exception
   * (an exception would surface in dnsjava's shared I/O thread); its question was already answered
   * FAILED by {@code close()}.
   */
  static ThreadPoolExecutor replyExecutor() {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            REPLY_THREADS,
            REPLY_THREADS,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            new DaemonThreads("dns-reply"),
            new ThreadPoolExecutor.DiscardPolicy());
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /** How a question is asked. */
  private enum Mode {
    /** To the resolvers, recursion desired, DNSSEC checked by them. */
    RECURSIVE,
    /** To the resolvers, with DNSSEC checking disabled (CD). */
    RECURSIVE_UNCHECKED,
    /** To the resolvers, CD and DO: the answer with its RRSIGs. */
    RECURSIVE_SIGNED,
    /** To one authoritative server, no recursion. */
    AUTHORITATIVE
  }

  /**
   * Completes the questions in flight with FAILED; later questions are answered FAILED at once.
   * Stops the reply threads only when this client created them. Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    Map.copyOf(inFlight).forEach(CompletableFuture::complete);
    if (ownReplies != null) {
      ownReplies.shutdown();
    }
  }
}
