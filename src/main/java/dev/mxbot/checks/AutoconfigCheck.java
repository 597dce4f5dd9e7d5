package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import dev.mxbot.providers.AutoconfigRecord;
import dev.mxbot.providers.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The mail provider's client autoconfiguration records (SRV and CNAME that let Outlook, Thunderbird
 * and phones find the servers): present, pointing where the provider says, and to names that
 * resolve. The provider whose records are expected is the one the mail is going to: the
 * nameservers' MX while a change of it is spreading ({@link ChangeInProgress}); the records
 * themselves are read through the resolver, as mail apps read them.
 */
final class AutoconfigCheck implements Check {

  private final Lookups lookups;
  private final MailFacts mail;
  private final ChangeInProgress change;

  AutoconfigCheck(Lookups lookups, MailFacts mail, ChangeInProgress change) {
    this.lookups = lookups;
    this.mail = mail;
    this.change = change;
  }

  @Override
  public Area area() {
    return Area.AUTOCONFIG;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    askNow(context);
    return change
        .basis(context)
        .thenCompose(
            basis -> {
              MailSetup setup = basis.mail();
              if (!setup.hasMailbox() || setup.provider().get().autoconfig().isEmpty()) {
                return CompletableFuture.completedFuture(null);
              }
              return checkAll(context, setup.provider().get(), basis);
            });
  }

  /**
   * Asks for the records of the provider the resolver's MX names as soon as it is known, rather
   * than after the nameservers' view: the report's memo hands the same answers to {@link #look}.
   * Wasted only while an MX change to another provider is spreading.
   */
  private void askNow(CheckContext context) {
    CheckContext shared = context.shared();
    mail.setup(shared)
        .thenAccept(
            setup -> {
              if (setup.hasMailbox()) {
                setup.provider().get().autoconfig().forEach(record -> look(shared, record));
              }
            });
  }

  private CompletableFuture<?> checkAll(
      CheckContext context, Provider provider, AdviceBasis basis) {
    List<CompletableFuture<Seen>> seen =
        provider.autoconfig().stream().map(record -> look(context, record)).toList();
    return CompletableFuture.allOf(seen.toArray(CompletableFuture[]::new))
        .thenAccept(
            done ->
                report(
                    context, provider, seen.stream().map(CompletableFuture::join).toList(), basis));
  }

  /** What the zone has for one expected record, and whether its target resolves. */
  private record Seen(AutoconfigRecord expected, Outcome outcome, String target, boolean resolves) {
    String shown() {
      return expected.name()
          + " "
          + expected.type().name()
          + " "
          + Hosts.relative(expected.target());
    }
  }

  private enum Outcome {
    PRESENT,
    MISSING,
    DIFFERENT,
    UNANSWERED
  }

  private CompletableFuture<Seen> look(CheckContext context, AutoconfigRecord expected) {
    String name = context.domain().child(expected.name());
    RecordType type = RecordType.valueOf(expected.type().name());
    return lookups
        .resolve(context, name, type)
        .thenCompose(
            answer -> {
              Optional<String> target = target(answer);
              if (target.isEmpty()) {
                Outcome outcome = answer.isNegative() ? Outcome.MISSING : Outcome.UNANSWERED;
                return CompletableFuture.completedFuture(new Seen(expected, outcome, null, true));
              }
              Outcome outcome =
                  expected.accepts(target.get()) ? Outcome.PRESENT : Outcome.DIFFERENT;
              return resolves(context, target.get())
                  .thenApply(ok -> new Seen(expected, outcome, target.get(), ok));
            });
  }

  private static Optional<String> target(DnsAnswer answer) {
    if (!answer.isOk()) {
      return Optional.empty();
    }
    DnsRecord record = answer.records().get(0);
    return Optional.of(
        record.type() == RecordType.SRV ? record.asSrv().target() : Hosts.absolute(record.data()));
  }

  /** False only when the target is known to have no address. */
  private CompletableFuture<Boolean> resolves(CheckContext context, String target) {
    if (target.equals(".")) {
      return CompletableFuture.completedFuture(false);
    }
    return lookups
        .resolve(context, target, RecordType.A)
        .thenCombine(
            lookups.resolve(context, target, RecordType.AAAA),
            (a, aaaa) -> !(a.isNegative() && aaaa.isNegative()));
  }

  private static void report(
      CheckContext context, Provider provider, List<Seen> seen, AdviceBasis basis) {
    List<String> missing = new ArrayList<>();
    List<String> different = new ArrayList<>();
    boolean unanswered = false;
    for (Seen record : seen) {
      unanswered |= record.outcome() == Outcome.UNANSWERED;
      boolean required = record.expected().required();
      if (record.outcome() == Outcome.MISSING && required) {
        missing.add(record.shown());
      } else if (record.outcome() == Outcome.DIFFERENT && required) {
        different.add(record.shown());
      }
      if (record.target() != null && !record.resolves()) {
        context.add(
            Finding.of(
                FindingCode.AUTOCONFIG_TARGET_UNRESOLVABLE,
                "record",
                record.expected().name() + " " + record.expected().type().name(),
                "target",
                Hosts.relative(record.target())));
      }
    }
    String name = provider.name();
    if (!different.isEmpty()) {
      context.add(
          basis.noted(
              Finding.of(
                  FindingCode.AUTOCONFIG_MISMATCH,
                  "provider",
                  name,
                  "records",
                  String.join("; ", different)),
              "MX"));
    }
    if (!missing.isEmpty()) {
      context.add(
          basis.noted(
              Finding.of(
                  FindingCode.AUTOCONFIG_MISSING,
                  "provider",
                  name,
                  "records",
                  String.join("; ", missing)),
              "MX"));
    }
    if (missing.isEmpty() && different.isEmpty() && !unanswered) {
      // A record whose lookup failed is not "present": its area is unchecked instead.
      context.add(basis.noted(Finding.of(FindingCode.AUTOCONFIG_OK, "provider", name), "MX"));
    }
  }
}
