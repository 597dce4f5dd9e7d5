package dev.mxbot.ops;

import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.SignedAnswer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The DNS port, counted: every answer of {@link DnsjavaDns} adds one to {@code mxbot.dns.queries}
 * with {@code kind} ({@code recursive} or {@code authoritative}) and {@code outcome} ({@code ok},
 * {@code nxdomain}, {@code nodata}, {@code servfail}, {@code refused}, {@code timeout}, {@code
 * failed}). Every pair is registered at start, so a dashboard sees zeros rather than gaps. Safe for
 * concurrent use.
 */
final class MeteredDns implements Dns, AutoCloseable {

  private final DnsjavaDns delegate;
  private final Map<DnsAnswer.Status, Counter> recursive;
  private final Map<DnsAnswer.Status, Counter> authoritative;

  @Inject
  MeteredDns(DnsjavaDns delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.recursive = counters(registry, "recursive");
    this.authoritative = counters(registry, "authoritative");
  }

  private static Map<DnsAnswer.Status, Counter> counters(MeterRegistry registry, String kind) {
    Map<DnsAnswer.Status, Counter> counters = new EnumMap<>(DnsAnswer.Status.class);
    for (DnsAnswer.Status status : DnsAnswer.Status.values()) {
      counters.put(
          status,
          Counter.builder("mxbot.dns.queries")
              .description("DNS questions answered, by kind and outcome")
              .tag("kind", kind)
              .tag("outcome", status.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
    return counters;
  }

  @Override
  public boolean mayAsk(InetAddress server) {
    return delegate.mayAsk(server);
  }

  @Override
  public List<String> resolverNames() {
    return delegate.resolverNames();
  }

  @Override
  public CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline) {
    return counted(delegate.resolve(name, type, deadline), recursive);
  }

  @Override
  public CompletableFuture<DnsAnswer> resolveUnchecked(
      String name, RecordType type, Instant deadline) {
    return counted(delegate.resolveUnchecked(name, type, deadline), recursive);
  }

  @Override
  public CompletableFuture<SignedAnswer> resolveSigned(
      String name, RecordType type, Instant deadline) {
    CompletableFuture<SignedAnswer> signed = delegate.resolveSigned(name, type, deadline);
    counted(signed.thenApply(SignedAnswer::answer), recursive);
    return signed;
  }

  @Override
  public CompletableFuture<DnsAnswer> ask(
      InetAddress server, String name, RecordType type, Instant deadline) {
    return counted(delegate.ask(server, name, type, deadline), authoritative);
  }

  @Override
  public CompletableFuture<DnsAnswer> probe(
      InetAddress server, String name, RecordType type, Transport transport, Instant deadline) {
    return counted(delegate.probe(server, name, type, transport, deadline), authoritative);
  }

  private static CompletableFuture<DnsAnswer> counted(
      CompletableFuture<DnsAnswer> answer, Map<DnsAnswer.Status, Counter> counters) {
    answer.whenComplete(
        (value, failure) ->
            counters.get(value == null ? DnsAnswer.Status.FAILED : value.status()).increment());
    return answer;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
