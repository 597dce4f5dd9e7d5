package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A change not visible yet: the authoritative servers all serve one MX set (or one SPF record), but
 * the resolver still answers the old one from its cache. Says how long the cached answer may live
 * (the TTL the resolver returned).
 */
final class PropagationCheck implements Check {

  private final NameserverFacts nameservers;
  private final MailFacts mail;
  private final Lookups lookups;

  @Inject
  PropagationCheck(NameserverFacts nameservers, MailFacts mail, Lookups lookups) {
    this.nameservers = nameservers;
    this.mail = mail;
    this.lookups = lookups;
  }

  @Override
  public Area area() {
    return Area.PROPAGATION;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<NameserverFacts.Views> views = nameservers.views(context);
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context, context.domain().fqdn(), RecordType.TXT);
    return CompletableFuture.allOf(views, mail.mxAnswer(context), txt)
        .thenRun(
            () -> {
              NameserverFacts.Views served = views.join();
              if (!served.zone().apex().equals(context.domain().fqdn())) {
                return;
              }
              compareMx(context, served, mail.mxAnswer(context).join());
              compareSpf(context, served, txt.join());
            });
  }

  private static void compareMx(
      CheckContext context, NameserverFacts.Views views, DnsAnswer cached) {
    Optional<List<MxEntry>> authoritative =
        agreed(views, NameserverFacts.ServerView::mx, MailFacts::entries);
    if (!usable(cached) || authoritative.isEmpty()) {
      return;
    }
    List<MxEntry> resolved = MailFacts.entries(cached);
    if (Set.copyOf(resolved).equals(Set.copyOf(authoritative.get()))) {
      return;
    }
    context.add(
        Finding.of(
            FindingCode.PROPAGATION_PENDING,
            "authoritative",
            authoritative.get().isEmpty() ? "-" : MxFormat.list(authoritative.get()),
            "cached",
            resolved.isEmpty() ? "-" : MxFormat.list(resolved),
            "remaining",
            remaining(views, cached)));
  }

  private static void compareSpf(
      CheckContext context, NameserverFacts.Views views, DnsAnswer cached) {
    Optional<List<String>> authoritative =
        agreed(views, NameserverFacts.ServerView::txt, PropagationCheck::spf);
    if (!usable(cached) || authoritative.isEmpty()) {
      return;
    }
    List<String> resolved = spf(cached);
    if (Set.copyOf(resolved).equals(Set.copyOf(authoritative.get()))) {
      return;
    }
    context.add(
        Finding.of(
            FindingCode.SPF_PROPAGATION_PENDING,
            "authoritative",
            shown(authoritative.get()),
            "cached",
            shown(resolved),
            "remaining",
            remaining(views, cached)));
  }

  /**
   * What every authoritative server that answered serves, read by {@code read} from the answer
   * {@code question} picks; empty when none answered or when they disagree (that is a consistency
   * problem, reported elsewhere, not a cache).
   */
  private static <T> Optional<List<T>> agreed(
      NameserverFacts.Views views,
      Function<NameserverFacts.ServerView, DnsAnswer> question,
      Function<DnsAnswer, List<T>> read) {
    Set<Set<T>> served = new HashSet<>();
    List<T> last = List.of();
    for (NameserverFacts.ServerView server : views.servers()) {
      DnsAnswer answer = question.apply(server);
      if (server.soa().authoritative() && usable(answer)) {
        last = read.apply(answer);
        served.add(Set.copyOf(last));
      }
    }
    return served.size() == 1 ? Optional.of(last) : Optional.empty();
  }

  /** Records, or none (NODATA): an answer worth comparing. */
  private static boolean usable(DnsAnswer answer) {
    return answer.isOk() || answer.status() == DnsAnswer.Status.NODATA;
  }

  private static List<String> spf(DnsAnswer txt) {
    return TxtRecords.withVersion(txt, SpfParser.VERSION);
  }

  private static String shown(List<String> records) {
    return records.isEmpty() ? "-" : String.join(" | ", records);
  }

  /** How long the resolver may keep {@code cached}: its TTL, or the negative TTL for "none". */
  private static String remaining(NameserverFacts.Views views, DnsAnswer cached) {
    return cached.isOk()
        ? duration(Duration.ofSeconds(cached.minTtl()))
        : "≤ " + duration(negativeTtl(views));
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

  /** {@code 45 min}, {@code 2 h 5 min}, {@code 30 s}: units every language reads. */
  static String duration(Duration ttl) {
    long hours = ttl.toHours();
    long minutes = ttl.toMinutesPart();
    if (hours > 0) {
      return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
    }
    if (minutes > 0) {
      return (ttl.toSecondsPart() > 0 ? minutes + 1 : minutes) + " min";
    }
    return ttl.toSeconds() + " s";
  }
}
