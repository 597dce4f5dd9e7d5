package dev.mxbot.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit's cache of answers: up to the TTL, questions in flight shared, failures not kept. */
@DisplayName("answers cached across domains")
class CachingDnsTest {

  private static final Instant DEADLINE = Instant.parse("2030-01-01T00:00:00Z");

  /** A settable clock. */
  private static final class FakeClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Answers every question with {@code next}, counting them; or holds them when asked to. */
  private static final class CountingDns implements Dns {
    final AtomicInteger asked = new AtomicInteger();
    DnsAnswer.Status status = DnsAnswer.Status.OK;
    long ttl = 300;
    CompletableFuture<DnsAnswer> held;

    private CompletableFuture<DnsAnswer> answer(String name, RecordType type) {
      asked.incrementAndGet();
      if (held != null) {
        return held;
      }
      List<DnsRecord> records =
          status == DnsAnswer.Status.OK
              ? List.of(new DnsRecord(name, type, ttl, "192.0.2.1"))
              : List.of();
      return CompletableFuture.completedFuture(
          new DnsAnswer(name, type, status, records, List.of(), false, false, "127.0.0.1:53"));
    }

    @Override
    public CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline) {
      return answer(name, type);
    }

    @Override
    public CompletableFuture<DnsAnswer> resolveUnchecked(
        String name, RecordType type, Instant deadline) {
      return answer(name, type);
    }

    @Override
    public CompletableFuture<SignedAnswer> resolveSigned(
        String name, RecordType type, Instant deadline) {
      return answer(name, type).thenApply(SignedAnswer::unsigned);
    }

    @Override
    public CompletableFuture<DnsAnswer> ask(
        InetAddress server, String name, RecordType type, Instant deadline) {
      return answer(name, type);
    }

    @Override
    public CompletableFuture<DnsAnswer> probe(
        InetAddress server, String name, RecordType type, Transport transport, Instant deadline) {
      return answer(name, type);
    }

    @Override
    public boolean mayAsk(InetAddress server) {
      return true;
    }

    @Override
    public List<String> resolverNames() {
      return List.of("127.0.0.1:53");
    }
  }

  @Test
  @DisplayName("the same question is asked once until its TTL has passed")
  void upToTtl() {
    CountingDns dns = new CountingDns();
    FakeClock clock = new FakeClock();
    CachingDns cache = new CachingDns(dns, clock);

    cache.resolve("mx0.mail.ovh.net.", RecordType.A, DEADLINE).join();
    cache.resolve("MX0.mail.ovh.net.", RecordType.A, DEADLINE).join();
    clock.now = clock.now.plus(Duration.ofSeconds(299));
    assertThat(cache.resolve("mx0.mail.ovh.net.", RecordType.A, DEADLINE).join().isOk()).isTrue();
    assertThat(dns.asked).hasValue(1);

    clock.now = clock.now.plus(Duration.ofSeconds(1));
    cache.resolve("mx0.mail.ovh.net.", RecordType.A, DEADLINE).join();
    assertThat(dns.asked).hasValue(2);
  }

  @Test
  @DisplayName("another type, another way of asking or another server is another question")
  void keys() throws Exception {
    CountingDns dns = new CountingDns();
    CachingDns cache = new CachingDns(dns, new FakeClock());

    cache.resolve("a.it.", RecordType.A, DEADLINE).join();
    cache.resolve("a.it.", RecordType.AAAA, DEADLINE).join();
    cache.resolveUnchecked("a.it.", RecordType.A, DEADLINE).join();
    cache.ask(InetAddress.getByName("127.0.0.11"), "a.it.", RecordType.A, DEADLINE).join();
    cache.ask(InetAddress.getByName("127.0.0.12"), "a.it.", RecordType.A, DEADLINE).join();
    cache.ask(InetAddress.getByName("127.0.0.12"), "a.it.", RecordType.A, DEADLINE).join();

    assertThat(dns.asked).hasValue(5);
  }

  @Test
  @DisplayName("failures, timeouts and a none without SOA are not kept; probes never")
  void notKept() throws Exception {
    CountingDns dns = new CountingDns();
    CachingDns cache = new CachingDns(dns, new FakeClock());

    for (DnsAnswer.Status status :
        List.of(DnsAnswer.Status.SERVFAIL, DnsAnswer.Status.TIMEOUT, DnsAnswer.Status.NXDOMAIN)) {
      dns.status = status;
      cache.resolve("x.it.", RecordType.MX, DEADLINE).join();
      cache.resolve("x.it.", RecordType.MX, DEADLINE).join();
    }
    InetAddress server = InetAddress.getByName("127.0.0.11");
    cache.probe(server, "x.it.", RecordType.SOA, Dns.Transport.TCP, DEADLINE).join();
    cache.probe(server, "x.it.", RecordType.SOA, Dns.Transport.TCP, DEADLINE).join();

    assertThat(dns.asked).hasValue(8);
  }

  @Test
  @DisplayName("a question asked while the same is in flight waits for that one")
  void inFlightShared() {
    CountingDns dns = new CountingDns();
    dns.held = new CompletableFuture<>();
    CachingDns cache = new CachingDns(dns, new FakeClock());

    CompletableFuture<DnsAnswer> first = cache.resolve("a.it.", RecordType.A, DEADLINE);
    CompletableFuture<DnsAnswer> second = cache.resolve("a.it.", RecordType.A, DEADLINE);
    assertThat(second).isNotDone();
    dns.held.complete(
        new DnsAnswer(
            "a.it.",
            RecordType.A,
            DnsAnswer.Status.OK,
            List.of(new DnsRecord("a.it.", RecordType.A, 60, "192.0.2.1")),
            List.of(),
            false,
            false,
            "127.0.0.1:53"));

    assertThat(first.join()).isEqualTo(second.join());
    assertThat(dns.asked).hasValue(1);
  }
}
