package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfParser;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.WaitTime;
import dev.mxbot.dns.DnsAnswer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A change not visible yet: every authoritative server serves one MX set (or one SPF record), but
 * the resolver still returns another from its cache. Pure: read from answers already received. When
 * the servers disagree among themselves, none answered, or what one of them serves is not known
 * (its answer lost or late), nothing is pending: a disagreement is a consistency problem, reported
 * elsewhere, not a cache, and a claim about "the nameservers" needs them all.
 *
 * @param mx the MX change, when one is spreading
 * @param spf the SPF change, when one is spreading
 */
record PendingChange(Optional<Served<MxEntry>> mx, Optional<Served<String>> spf) {

  static final PendingChange NONE = new PendingChange(Optional.empty(), Optional.empty());

  /**
   * One record type, as the nameservers serve it and as the resolver still returns it.
   *
   * @param authoritative what every authoritative server that answered serves (empty: none)
   * @param cached what the resolver returned (empty: none)
   * @param remaining how long the resolver may keep it: {@code 50 min}, or {@code ≤ 5 min} for a
   *     cached "none"
   */
  record Served<T>(List<T> authoritative, List<T> cached, String remaining) {}

  /**
   * What {@code views} (the nameservers of the zone of {@code fqdn}) serve against the resolver's
   * {@code mx} and apex {@code txt} answers. Nothing is pending for a name that is not the apex of
   * its zone (its records are not what the nameservers were asked).
   */
  static PendingChange of(String fqdn, NameserverFacts.Views views, DnsAnswer mx, DnsAnswer txt) {
    if (!views.zone().apex().equals(fqdn)) {
      return NONE;
    }
    return new PendingChange(
        compare(views, NameserverFacts.ServerView::mx, MailFacts::entries, mx),
        compare(views, NameserverFacts.ServerView::txt, PendingChange::spf, txt));
  }

  /** The SPF records of a TXT answer. */
  static List<String> spf(DnsAnswer txt) {
    return TxtRecords.withVersion(txt, SpfParser.VERSION);
  }

  private static <T> Optional<Served<T>> compare(
      NameserverFacts.Views views,
      Function<NameserverFacts.ServerView, DnsAnswer> question,
      Function<DnsAnswer, List<T>> read,
      DnsAnswer cached) {
    Optional<List<T>> authoritative = agreed(views, question, read);
    if (!usable(cached) || authoritative.isEmpty()) {
      return Optional.empty();
    }
    List<T> resolved = read.apply(cached);
    if (Set.copyOf(resolved).equals(Set.copyOf(authoritative.get()))) {
      return Optional.empty();
    }
    return Optional.of(new Served<>(authoritative.get(), resolved, remaining(views, cached)));
  }

  /**
   * What every authoritative server serves, read by {@code read} from the answer {@code question}
   * picks; empty when none answered, when they disagree, or when what one serves is unknown. Left
   * out: a server shown not to serve the zone (its SOA answered without authority, or an error) and
   * one silent to every question (lame: resolvers get nothing from it either). Unknown: a
   * nameserver whose addresses were not all received, and a server that answered other questions
   * but not this one, or not its SOA (lost or late: it may serve anything).
   */
  private static <T> Optional<List<T>> agreed(
      NameserverFacts.Views views,
      Function<NameserverFacts.ServerView, DnsAnswer> question,
      Function<DnsAnswer, List<T>> read) {
    for (NameserverFacts.Host host : views.hosts()) {
      if (host.unanswered()) {
        return Optional.empty();
      }
    }
    Set<Set<T>> served = new HashSet<>();
    List<T> last = List.of();
    for (NameserverFacts.ServerView server : views.servers()) {
      DnsAnswer answer = question.apply(server);
      if (server.soa().authoritative() && usable(answer)) {
        last = read.apply(answer);
        served.add(Set.copyOf(last));
      } else if (server.responded()
          && !(NameserverFacts.ServerView.isResponse(answer)
              && NameserverFacts.ServerView.isResponse(server.soa()))) {
        return Optional.empty();
      }
    }
    return served.size() == 1 ? Optional.of(last) : Optional.empty();
  }

  /** Records, or none (NODATA): an answer worth comparing. */
  private static boolean usable(DnsAnswer answer) {
    return answer.isOk() || answer.status() == DnsAnswer.Status.NODATA;
  }

  /** How long the resolver may keep {@code cached}: its TTL, or the negative TTL for "none". */
  private static String remaining(NameserverFacts.Views views, DnsAnswer cached) {
    return cached.isOk()
        ? WaitTime.of(Duration.ofSeconds(cached.minTtl()))
        : "≤ " + WaitTime.of(negativeTtl(views));
  }

  /** How long a resolver may cache "no record": the SOA minimum, capped by its TTL (RFC 2308). */
  private static Duration negativeTtl(NameserverFacts.Views views) {
    return views.servers().stream()
        .map(NameserverFacts.ServerView::soa)
        .filter(DnsAnswer::isOk)
        .findFirst()
        .map(soa -> soa.records().get(0))
        .map(r -> Math.min(r.ttl(), Long.parseLong(r.data().split(" ")[6])))
        .map(Duration::ofSeconds)
        .orElse(Duration.ZERO);
  }
}
