package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfParser;
import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Records the resolver still says do not exist while every nameserver of the zone now serves them:
 * the resolver cached the absence (NXDOMAIN or NODATA) before the record was added, and keeps it
 * for the negative TTL of the SOA in its answer (RFC 2308). The ticket "I added it an hour ago and
 * it still doesn't show". Looked at: the apex MX and SPF record (read from the nameservers' views,
 * no new question), {@code _dmarc} and the DKIM selectors the agent gave (each nameserver address
 * is asked only when the resolver's answer is such a negative one).
 *
 * <p>Only on positive evidence: the resolver's negative answer carries an SOA, every nameserver
 * host has addresses mxbot asked, and every one of them answered authoritatively with the record.
 * The resolver's answers are read on {@link CheckContext#shared()}: a failed {@code _dmarc} lookup
 * leaves the DMARC area unchecked (DMARC's check says so), not this one.
 */
final class NegativeCache {

  private final Lookups lookups;

  NegativeCache(Lookups lookups) {
    this.lookups = lookups;
  }

  /**
   * One record cached as absent.
   *
   * @param record what is cached as absent: {@code MX example.it}, {@code TXT _dmarc.example.it}
   * @param served what the nameservers serve there
   * @param remaining how long the resolver may still answer "none"
   * @param type the record type (MX or TXT)
   * @param spf true for the apex SPF record
   */
  record Cached(String record, String served, Duration remaining, RecordType type, boolean spf) {}

  /**
   * The records cached as absent, given the nameservers' {@code views} and the resolver's apex
   * {@code mx} and {@code txt} answers.
   */
  CompletableFuture<List<Cached>> find(
      CheckContext context, NameserverFacts.Views views, DnsAnswer mx, DnsAnswer txt) {
    if (!complete(views)) {
      return CompletableFuture.completedFuture(List.of());
    }
    List<Cached> found = new ArrayList<>();
    String fqdn = context.domain().fqdn();
    if (views.zone().apex().equals(fqdn)) {
      apex(views, mx, NameserverFacts.ServerView::mx, a -> MxFormat.list(MailFacts.entries(a)))
          .ifPresent(
              d -> found.add(new Cached(shown(mx), d.served, d.remaining, mx.type(), false)));
      apex(views, txt, NameserverFacts.ServerView::txt, NegativeCache::spf)
          .ifPresent(
              d -> found.add(new Cached(shown(txt), d.served, d.remaining, txt.type(), true)));
    }
    List<String> names = new ArrayList<>();
    names.add(context.domain().child("_dmarc"));
    for (String selector : context.options().dkimSelectors()) {
      names.add(context.domain().child(selector.toLowerCase(Locale.ROOT) + "._domainkey"));
    }
    CheckContext shared = context.shared();
    List<CompletableFuture<Optional<Cached>>> below =
        names.stream()
            .filter(name -> name.endsWith("." + views.zone().apex()))
            .map(name -> below(shared, views, name))
            .toList();
    return CompletableFuture.allOf(below.toArray(CompletableFuture[]::new))
        .thenApply(
            all -> {
              below.forEach(f -> f.join().ifPresent(found::add));
              return List.copyOf(found);
            });
  }

  /** Every nameserver host resolved, has addresses mxbot may ask, and was asked. */
  private static boolean complete(NameserverFacts.Views views) {
    if (views.servers().isEmpty() || views.hosts().isEmpty()) {
      return false;
    }
    for (NameserverFacts.Host host : views.hosts()) {
      if (host.unanswered()
          || host.askable().isEmpty()
          || views.servers().stream().noneMatch(s -> s.host().equals(host.name()))) {
        return false;
      }
    }
    return views.servers().stream().allMatch(s -> s.soa().isOk() && s.soa().authoritative());
  }

  private record Served(String served, Duration remaining) {}

  /**
   * An apex record the resolver cached as absent: its answer is negative with an SOA, and every
   * server's answer, read by {@code read}, holds the record.
   */
  private static Optional<Served> apex(
      NameserverFacts.Views views,
      DnsAnswer cached,
      Function<NameserverFacts.ServerView, DnsAnswer> question,
      Function<DnsAnswer, String> read) {
    Optional<Duration> remaining = cachedAbsence(cached);
    if (remaining.isEmpty()) {
      return Optional.empty();
    }
    String served = null;
    for (NameserverFacts.ServerView server : views.servers()) {
      DnsAnswer answer = question.apply(server);
      if (!answer.isOk() || !answer.authoritative() || read.apply(answer).isEmpty()) {
        return Optional.empty();
      }
      served = read.apply(answer);
    }
    return Optional.of(new Served(served, remaining.get()));
  }

  /**
   * A name below the apex ({@code _dmarc}, a DKIM selector): when the resolver's answer is a cached
   * absence, every nameserver address is asked for it.
   */
  private CompletableFuture<Optional<Cached>> below(
      CheckContext shared, NameserverFacts.Views views, String name) {
    return lookups
        .resolve(shared, name, RecordType.TXT)
        .thenCompose(
            cached -> {
              Optional<Duration> remaining = cachedAbsence(cached);
              if (remaining.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
              }
              List<CompletableFuture<DnsAnswer>> answers =
                  views.servers().stream()
                      .map(s -> lookups.askServer(shared, s.address(), name, RecordType.TXT))
                      .toList();
              return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                  .thenApply(
                      all -> {
                        List<DnsAnswer> received =
                            answers.stream().map(CompletableFuture::join).toList();
                        if (!received.stream().allMatch(NegativeCache::exists)) {
                          return Optional.empty();
                        }
                        return Optional.of(
                            new Cached(
                                shown(cached),
                                served(received.get(0)),
                                remaining.get(),
                                RecordType.TXT,
                                false));
                      });
            });
  }

  /**
   * How long the resolver may still answer "none": present only for a negative answer about the
   * name itself (no alias followed) with an SOA whose negative TTL has not run out.
   */
  private static Optional<Duration> cachedAbsence(DnsAnswer answer) {
    if (!answer.isNegative() || !answer.aliases().isEmpty()) {
      return Optional.empty();
    }
    return answer.negativeTtl().filter(ttl -> !ttl.isZero());
  }

  /** An authoritative answer holding the name's TXT records, or an alias to them. */
  private static boolean exists(DnsAnswer answer) {
    return answer.authoritative() && (answer.isOk() || !answer.aliases().isEmpty());
  }

  /** The TXT records, or the alias the name points to. */
  private static String served(DnsAnswer answer) {
    if (answer.isOk()) {
      return String.join(" | ", answer.records().stream().map(DnsRecord::data).toList());
    }
    return "CNAME " + Hosts.relative(answer.aliases().get(0));
  }

  /** The SPF records of an apex TXT answer, or empty. */
  private static String spf(DnsAnswer txt) {
    return String.join(" | ", TxtRecords.withVersion(txt, SpfParser.VERSION));
  }

  /** {@code MX example.it}. */
  private static String shown(DnsAnswer answer) {
    return answer.type() + " " + Hosts.relative(answer.name());
  }
}
