package dev.mxbot.cli;

import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.SignedAnswer;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The DNS port of a warm-up world ({@link ZoneWarmUps}): the recursive questions go to the world's
 * resolver (its in-process zone server on loopback), and a nameserver is asked directly only when
 * its address is a loopback one; any other address the zones name is answered {@link
 * DnsAnswer.Status#FAILED} at once, so a warm-up never sends a packet off the machine whatever its
 * zone files say. {@link #mayAsk} says the same to the checks that connect to an address learned
 * from DNS (the MTA-STS policy fetch asks it before connecting).
 */
final class LoopbackOnlyDns implements Dns {

  private final Dns delegate;

  LoopbackOnlyDns(Dns delegate) {
    this.delegate = delegate;
  }

  @Override
  public CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline) {
    return delegate.resolve(name, type, deadline);
  }

  @Override
  public CompletableFuture<DnsAnswer> resolveUnchecked(
      String name, RecordType type, Instant deadline) {
    return delegate.resolveUnchecked(name, type, deadline);
  }

  @Override
  public CompletableFuture<SignedAnswer> resolveSigned(
      String name, RecordType type, Instant deadline) {
    return delegate.resolveSigned(name, type, deadline);
  }

  @Override
  public CompletableFuture<DnsAnswer> ask(
      InetAddress server, String name, RecordType type, Instant deadline) {
    if (!mayAsk(server)) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(name, type));
    }
    return delegate.ask(server, name, type, deadline);
  }

  @Override
  public CompletableFuture<DnsAnswer> probe(
      InetAddress server, String name, RecordType type, Transport transport, Instant deadline) {
    if (!mayAsk(server)) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(name, type));
    }
    return delegate.probe(server, name, type, transport, deadline);
  }

  @Override
  public boolean mayAsk(InetAddress server) {
    return server.isLoopbackAddress() && delegate.mayAsk(server);
  }

  @Override
  public List<String> resolverNames() {
    return delegate.resolverNames();
  }
}
