package dev.mxbot.dns;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Dns} that remembers answers for many diagnoses in a row ({@code mxbot audit}): the same
 * question, asked for another domain (a shared nameserver's address, a provider's SPF include), is
 * answered from memory up to its TTL instead of being asked again. Questions asked at once share
 * one query. Records are kept up to their smallest TTL, a "none" up to its SOA's TTL (RFC 2308); a
 * failure, a timeout and a "none" without SOA are never kept. Bounded: at most {@value
 * #MAX_ENTRIES} questions, the least recently used go first. Signed questions and transport probes
 * are not cached (each asks about one domain's own proof or one server's behaviour). Thread safe.
 */
public final class CachingDns implements Dns, AutoCloseable {

  /** The most questions remembered. */
  public static final int MAX_ENTRIES = 50_000;

  private final Dns dns;
  private final Clock clock;
  private final Cache<Key, Entry> cache =
      CacheBuilder.newBuilder().maximumSize(MAX_ENTRIES).build();

  /** Around {@code dns}, which {@link #close()} closes when it is a {@link DnsjavaDns}. */
  public CachingDns(Dns dns, Clock clock) {
    this.dns = dns;
    this.clock = clock;
  }

  private enum Way {
    RESOLVE,
    UNCHECKED,
    ASK
  }

  private record Key(Way way, InetAddress server, String name, RecordType type) {}

  /** A question's answer, or the query in flight (until then {@code until} is null). */
  private static final class Entry {
    final CompletableFuture<DnsAnswer> answer;
    volatile Instant until;

    Entry(CompletableFuture<DnsAnswer> answer) {
      this.answer = answer;
    }
  }

  @Override
  public CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline) {
    return cached(
        new Key(Way.RESOLVE, null, lower(name), type), () -> dns.resolve(name, type, deadline));
  }

  @Override
  public CompletableFuture<DnsAnswer> resolveUnchecked(
      String name, RecordType type, Instant deadline) {
    return cached(
        new Key(Way.UNCHECKED, null, lower(name), type),
        () -> dns.resolveUnchecked(name, type, deadline));
  }

  @Override
  public CompletableFuture<SignedAnswer> resolveSigned(
      String name, RecordType type, Instant deadline) {
    return dns.resolveSigned(name, type, deadline);
  }

  @Override
  public CompletableFuture<DnsAnswer> ask(
      InetAddress server, String name, RecordType type, Instant deadline) {
    return cached(
        new Key(Way.ASK, server, lower(name), type), () -> dns.ask(server, name, type, deadline));
  }

  @Override
  public CompletableFuture<DnsAnswer> probe(
      InetAddress server, String name, RecordType type, Transport transport, Instant deadline) {
    return dns.probe(server, name, type, transport, deadline);
  }

  @Override
  public boolean mayAsk(InetAddress server) {
    return dns.mayAsk(server);
  }

  @Override
  public List<String> resolverNames() {
    return dns.resolverNames();
  }

  private CompletableFuture<DnsAnswer> cached(
      Key key, java.util.function.Supplier<CompletableFuture<DnsAnswer>> ask) {
    Instant now = clock.instant();
    Entry fresh = new Entry(new CompletableFuture<>());
    Entry entry = cache.asMap().compute(key, (k, old) -> usable(old, now) ? old : fresh);
    if (entry != fresh) {
      return entry.answer.thenApply(answer -> answer);
    }
    ask.get()
        .whenComplete(
            (answer, error) -> {
              Instant until = error == null ? until(answer, clock.instant()) : null;
              if (until == null) {
                cache.asMap().remove(key, fresh);
              } else {
                fresh.until = until;
              }
              if (error != null) {
                fresh.answer.completeExceptionally(error);
              } else {
                fresh.answer.complete(answer);
              }
            });
    return fresh.answer.thenApply(answer -> answer);
  }

  /** In flight (joined) or answered and not expired. */
  private static boolean usable(Entry entry, Instant now) {
    if (entry == null) {
      return false;
    }
    Instant until = entry.until;
    return until == null ? !entry.answer.isDone() : now.isBefore(until);
  }

  /** Until when {@code answer} may be reused; null when it may not. */
  private static Instant until(DnsAnswer answer, Instant now) {
    long ttl;
    if (answer.isOk()) {
      ttl = answer.records().stream().mapToLong(DnsRecord::ttl).min().orElse(0);
    } else if (answer.isNegative() && !answer.soa().isEmpty()) {
      ttl = answer.soa().stream().mapToLong(DnsRecord::ttl).min().orElse(0);
    } else {
      return null;
    }
    return ttl <= 0 ? null : now.plusSeconds(ttl);
  }

  private static String lower(String name) {
    return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void close() {
    if (dns instanceof DnsjavaDns client) {
      client.close();
    }
  }
}
