package dev.mxbot.checks;

import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A change not visible yet: the authoritative servers all serve one MX set, but the resolver still
 * answers the old one from its cache. Says how long the cached answer may live (the TTL the
 * resolver returned).
 */
final class PropagationCheck implements Check {

  private final NameserverFacts nameservers;
  private final MailFacts mail;

  @Inject
  PropagationCheck(NameserverFacts nameservers, MailFacts mail) {
    this.nameservers = nameservers;
    this.mail = mail;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return nameservers
        .views(context)
        .thenAcceptBoth(mail.mxAnswer(context), (views, cached) -> compare(context, views, cached));
  }

  private static void compare(CheckContext context, NameserverFacts.Views views, DnsAnswer cached) {
    if (!views.zone().apex().equals(context.domain().fqdn())
        || !(cached.isOk() || cached.status() == DnsAnswer.Status.NODATA)) {
      return;
    }
    Set<Set<MxEntry>> served = new HashSet<>();
    List<MxEntry> authoritative = List.of();
    for (NameserverFacts.ServerView server : views.servers()) {
      DnsAnswer mx = server.mx();
      if (!server.soa().authoritative() || !(mx.isOk() || mx.status() == DnsAnswer.Status.NODATA)) {
        continue;
      }
      authoritative = MailFacts.entries(mx);
      served.add(Set.copyOf(authoritative));
    }
    List<MxEntry> resolved = MailFacts.entries(cached);
    if (served.size() != 1 || served.contains(Set.copyOf(resolved))) {
      return;
    }
    context.add(
        Finding.of(
            FindingCode.PROPAGATION_PENDING,
            "authoritative",
            authoritative.isEmpty() ? "-" : MxFormat.list(authoritative),
            "cached",
            resolved.isEmpty() ? "-" : MxFormat.list(resolved),
            "remaining",
            cached.isOk()
                ? duration(Duration.ofSeconds(cached.minTtl()))
                : "≤ " + duration(negativeTtl(views))));
  }

  /** How long a resolver may cache "no MX": the SOA minimum, capped by the SOA's TTL (RFC 2308). */
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
