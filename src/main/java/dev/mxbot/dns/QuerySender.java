package dev.mxbot.dns;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.SimpleResolver;

/**
 * Sends a query to one server, or to several in order, with dnsjava's {@link SimpleResolver} (which
 * retries over TCP on TC=1), and turns every outcome into a {@link Reply}: the returned futures
 * never complete exceptionally. Thread safe: a fresh resolver per attempt.
 */
final class QuerySender {

  private final Duration queryTimeout;
  private final Clock clock;
  private final Executor replies;
  private final InFlightLimit limit;
  private final boolean limitResolvers;

  /**
   * {@code replies} runs the parsing of each reply and what the caller chained to it. dnsjava's
   * default, the common fork-join pool, becomes one new thread per reply on a machine with fewer
   * than three cores (CompletableFuture's fallback when the pool's parallelism is 1). {@code
   * maxInFlightPerServer} bounds the queries in flight to one nameserver address (and to one
   * resolver when {@code limitResolvers}): a query over it waits for a free slot (its timeout
   * counts from when it is sent, never past the deadline).
   */
  QuerySender(
      Duration queryTimeout,
      Clock clock,
      Executor replies,
      int maxInFlightPerServer,
      boolean limitResolvers) {
    this.queryTimeout = queryTimeout;
    this.clock = clock;
    this.replies = replies;
    this.limit = new InFlightLimit(maxInFlightPerServer, replies);
    this.limitResolvers = limitResolvers;
  }

  /** Queries in flight to {@code server} now. */
  int inFlight(InetSocketAddress server) {
    return limit.inFlight(server);
  }

  /** Asks each server in turn until one gives an answer worth keeping; else the last failure. */
  CompletableFuture<Reply> sendInTurn(
      List<InetSocketAddress> servers, Message query, Instant deadline) {
    return sendInTurn(servers, query, deadline, true);
  }

  /**
   * As {@link #sendInTurn(List, Message, Instant)}; {@code toResolvers} when the servers are the
   * recursive resolvers (limited only when {@code limitResolvers}), else nameservers (limited).
   */
  CompletableFuture<Reply> sendInTurn(
      List<InetSocketAddress> servers, Message query, Instant deadline, boolean toResolvers) {
    boolean limited = !toResolvers || limitResolvers;
    return sendFrom(
        servers, 0, query, deadline, Reply.failed(null, Reply.Failure.TIMEOUT), limited);
  }

  private CompletableFuture<Reply> sendFrom(
      List<InetSocketAddress> servers,
      int index,
      Message query,
      Instant deadline,
      Reply last,
      boolean limited) {
    if (index >= servers.size()) {
      return CompletableFuture.completedFuture(last);
    }
    InetSocketAddress server = servers.get(index);
    CompletableFuture<Reply> sent =
        limited ? send(server, query, deadline) : sendNow(server, query, deadline);
    return sent.thenCompose(
        reply ->
            reply.worthRetryingElsewhere()
                ? sendFrom(servers, index + 1, query, deadline, reply, limited)
                : CompletableFuture.completedFuture(reply));
  }

  /** Asks one server, waiting at most the query timeout and never past the deadline. */
  CompletableFuture<Reply> send(InetSocketAddress server, Message query, Instant deadline) {
    return limit.run(server, () -> sendNow(server, query, deadline));
  }

  private CompletableFuture<Reply> sendNow(
      InetSocketAddress server, Message query, Instant deadline) {
    String label = label(server);
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      return CompletableFuture.completedFuture(Reply.failed(label, Reply.Failure.TIMEOUT));
    }
    try {
      SimpleResolver resolver = new SimpleResolver(server);
      resolver.setTimeout(left.compareTo(queryTimeout) < 0 ? left : queryTimeout);
      return resolver
          .sendAsync(query, replies)
          .toCompletableFuture()
          .handle(
              (message, error) ->
                  error != null && answersAnotherQuery(error)
                      ? overTcp(server, query, deadline)
                      : CompletableFuture.completedFuture(reply(label, message, error)))
          .thenCompose(reply -> reply);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(Reply.failed(label, classify(e)));
    }
  }

  /**
   * Asks one server over exactly one transport, with no fallback: a truncated UDP answer is kept as
   * it is, not asked again over TCP. The query goes as given, with EDNS(0) of {@link
   * Dns#PROBE_UDP_SIZE} for {@link Dns.Transport#UDP_EDNS} and without EDNS otherwise.
   */
  CompletableFuture<Reply> probe(
      InetSocketAddress server, Message query, Dns.Transport transport, Instant deadline) {
    return limit.run(server, () -> probeNow(server, query, transport, deadline));
  }

  private CompletableFuture<Reply> probeNow(
      InetSocketAddress server, Message query, Dns.Transport transport, Instant deadline) {
    String label = label(server);
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      return CompletableFuture.completedFuture(Reply.failed(label, Reply.Failure.TIMEOUT));
    }
    try {
      SimpleResolver resolver = new SimpleResolver(server);
      resolver.setTimeout(left.compareTo(queryTimeout) < 0 ? left : queryTimeout);
      resolver.setIgnoreTruncation(true);
      resolver.setTCP(transport == Dns.Transport.TCP);
      resolver.setEDNS(
          transport == Dns.Transport.UDP_EDNS
              ? new OPTRecord(Dns.PROBE_UDP_SIZE, 0, 0, 0)
              : (OPTRecord) null);
      return resolver
          .sendAsync(query, replies)
          .toCompletableFuture()
          .handle((message, error) -> reply(label, message, error));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(Reply.failed(label, classify(e)));
    }
  }

  /**
   * Asks again over TCP, which a forger off the path cannot answer. dnsjava gives up on the first
   * UDP datagram with another id or question instead of waiting for the real answer, so a forged
   * datagram arriving first would otherwise fail the question.
   */
  private CompletableFuture<Reply> overTcp(
      InetSocketAddress server, Message query, Instant deadline) {
    String label = label(server);
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      return CompletableFuture.completedFuture(Reply.failed(label, Reply.Failure.TIMEOUT));
    }
    try {
      SimpleResolver resolver = new SimpleResolver(server);
      resolver.setTCP(true);
      resolver.setTimeout(left.compareTo(queryTimeout) < 0 ? left : queryTimeout);
      return resolver
          .sendAsync(query, replies)
          .toCompletableFuture()
          .handle((message, error) -> reply(label, message, error));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(Reply.failed(label, classify(e)));
    }
  }

  private static Reply reply(String label, Message message, Throwable error) {
    return error == null ? Reply.of(label, message) : Reply.failed(label, classify(error));
  }

  /** True when dnsjava refused a UDP answer because its id or question is not the query's. */
  static boolean answersAnotherQuery(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    return cause instanceof org.xbill.DNS.WireParseException
        && (message.startsWith("invalid message id")
            || message.startsWith("invalid name in message")
            || message.startsWith("invalid type in message")
            || message.startsWith("invalid class in message"));
  }

  static Reply.Failure classify(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
      return Reply.Failure.TIMEOUT;
    }
    if (cause instanceof IOException && !(cause instanceof org.xbill.DNS.WireParseException)) {
      return Reply.Failure.NETWORK;
    }
    return Reply.Failure.OTHER;
  }

  static String label(InetSocketAddress server) {
    String host = server.getAddress().getHostAddress();
    return (server.getAddress() instanceof Inet6Address ? "[" + host + "]" : host)
        + ":"
        + server.getPort();
  }
}
