package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.WaitTime;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A change not visible yet ({@link PendingChange}): the authoritative servers all serve one MX set
 * (or one SPF record), but the resolver still answers the old one from its cache. Says how long the
 * cached answer may live (the TTL the resolver returned), and, when the MX change moves the mail to
 * another provider, which: the report names the new one ({@link ChangeInProgress}). A record the
 * resolver still says does not exist while every nameserver serves it ({@link NegativeCache}) is
 * {@code NEGATIVE_CACHE_PENDING}, with the time the cached absence runs out, instead of a {@code
 * PROPAGATION_PENDING} or {@code SPF_PROPAGATION_PENDING} whose old value would be "none".
 */
final class PropagationCheck implements Check {

  /** Message key of the sentence naming the providers the mail moves between. */
  static final String MOVES = "change.moves";

  private final NameserverFacts nameservers;
  private final MailFacts mail;
  private final Lookups lookups;
  private final ChangeInProgress change;
  private final NegativeCache negative;
  private final Clock clock;

  /** {@code 14:05 UTC}: when a cached absence runs out. */
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  PropagationCheck(
      NameserverFacts nameservers,
      MailFacts mail,
      Lookups lookups,
      ChangeInProgress change,
      NegativeCache negative,
      Clock clock) {
    this.nameservers = nameservers;
    this.mail = mail;
    this.lookups = lookups;
    this.change = change;
    this.negative = negative;
    this.clock = clock;
  }

  @Override
  public Area area() {
    return Area.PROPAGATION;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    // Asked on this check's own view: what it needs and could not learn leaves it unchecked.
    CompletableFuture<NameserverFacts.Views> views = nameservers.views(context);
    CompletableFuture<DnsAnswer> mx = mail.mxAnswer(context);
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context, context.domain().fqdn(), RecordType.TXT);
    CompletableFuture<List<NegativeCache.Cached>> absent =
        CompletableFuture.allOf(views, mx, txt)
            .thenCompose(all -> negative.find(context, views.join(), mx.join(), txt.join()));
    CompletableFuture<AdviceBasis> basis = change.basis(context);
    return absent.thenAcceptBoth(basis, (cached, found) -> report(context, found, cached));
  }

  private void report(CheckContext context, AdviceBasis basis, List<NegativeCache.Cached> absent) {
    boolean mxAbsent = false;
    boolean spfAbsent = false;
    for (NegativeCache.Cached cached : absent) {
      mxAbsent |= cached.type() == RecordType.MX;
      spfAbsent |= cached.spf();
      context.add(
          Finding.of(
              FindingCode.NEGATIVE_CACHE_PENDING,
              "record",
              cached.record(),
              "served",
              cached.served(),
              "remaining",
              WaitTime.of(cached.remaining()),
              "until",
              UNTIL.format(clock.instant().plus(cached.remaining()))));
    }
    if (!mxAbsent) {
      pendingMx(context, basis);
    }
    if (!spfAbsent) {
      pendingSpf(context, basis);
    }
  }

  private static void pendingMx(CheckContext context, AdviceBasis basis) {
    basis
        .pending()
        .mx()
        .ifPresent(
            served -> {
              List<String> params =
                  new ArrayList<>(
                      List.of(
                          "authoritative",
                          mx(served.authoritative()),
                          "cached",
                          mx(served.cached()),
                          "remaining",
                          served.remaining()));
              params.addAll(moves(basis));
              context.add(
                  Finding.of(FindingCode.PROPAGATION_PENDING, params.toArray(String[]::new)));
            });
  }

  private static void pendingSpf(CheckContext context, AdviceBasis basis) {
    basis
        .pending()
        .spf()
        .ifPresent(
            served ->
                context.add(
                    Finding.of(
                        FindingCode.SPF_PROPAGATION_PENDING,
                        "authoritative",
                        shown(served.authoritative()),
                        "cached",
                        shown(served.cached()),
                        "remaining",
                        served.remaining())));
  }

  /**
   * When the new MX moves the mail from one provider to another, the parameters naming them: the
   * sentence {@code noteKey}, {@code from} and {@code to}; else none.
   */
  private static List<String> moves(AdviceBasis basis) {
    String from = String.join(", ", basis.now().providerNames());
    String to = String.join(", ", basis.mail().providerNames());
    if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
      return List.of();
    }
    return List.of("noteKey", MOVES, "from", from, "to", to);
  }

  private static String mx(List<MxEntry> entries) {
    return entries.isEmpty() ? "-" : MxFormat.list(entries);
  }

  private static String shown(List<String> records) {
    return records.isEmpty() ? "-" : String.join(" | ", records);
  }
}
