package dev.mxbot.checks;

import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import dev.mxbot.providers.AutoconfigRecord;
import dev.mxbot.providers.Provider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The mail provider's client autoconfiguration records (SRV and CNAME that let Outlook, Thunderbird
 * and phones find the servers): present and pointing where the provider says.
 */
final class AutoconfigCheck implements Check {

  private final Lookups lookups;
  private final MailFacts mail;

  @Inject
  AutoconfigCheck(Lookups lookups, MailFacts mail) {
    this.lookups = lookups;
    this.mail = mail;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return mail.setup(context)
        .thenCompose(
            setup -> {
              if (!setup.hasMailbox() || setup.provider().get().autoconfig().isEmpty()) {
                return CompletableFuture.completedFuture(null);
              }
              return checkAll(context, setup.provider().get());
            });
  }

  private CompletableFuture<?> checkAll(CheckContext context, Provider provider) {
    List<AutoconfigRecord> expected = provider.autoconfig();
    List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
    for (AutoconfigRecord record : expected) {
      String name = context.domain().child(record.name());
      RecordType type = RecordType.valueOf(record.type().name());
      outcomes.add(lookups.resolve(context, name, type).thenApply(a -> compare(record, a)));
    }
    return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
        .thenAccept(done -> report(context, provider, expected, outcomes));
  }

  private static void report(
      CheckContext context,
      Provider provider,
      List<AutoconfigRecord> expected,
      List<CompletableFuture<Outcome>> outcomes) {
    List<String> missing = new ArrayList<>();
    List<String> different = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      AutoconfigRecord record = expected.get(i);
      String shown =
          record.name() + " " + record.type().name() + " " + Hosts.relative(record.target());
      switch (outcomes.get(i).join()) {
        case MISSING -> {
          if (record.required()) {
            missing.add(shown);
          }
        }
        case DIFFERENT -> different.add(shown);
        case PRESENT, UNANSWERED -> {}
      }
    }
    String name = provider.name();
    if (!different.isEmpty()) {
      context.add(
          Finding.of(
              FindingCode.AUTOCONFIG_MISMATCH,
              "provider",
              name,
              "records",
              String.join("; ", different)));
    }
    if (!missing.isEmpty()) {
      context.add(
          Finding.of(
              FindingCode.AUTOCONFIG_MISSING,
              "provider",
              name,
              "records",
              String.join("; ", missing)));
    }
    if (missing.isEmpty() && different.isEmpty()) {
      context.add(Finding.of(FindingCode.AUTOCONFIG_OK, "provider", name));
    }
  }

  private static Outcome compare(AutoconfigRecord expected, DnsAnswer answer) {
    if (answer.isNegative()) {
      return Outcome.MISSING;
    }
    if (!answer.isOk()) {
      return Outcome.UNANSWERED;
    }
    String target = Hosts.absolute(expected.target());
    for (DnsRecord record : answer.records()) {
      String found =
          record.type() == RecordType.SRV ? record.asSrv().target() : Hosts.absolute(record.data());
      if (found.equalsIgnoreCase(target)) {
        return Outcome.PRESENT;
      }
    }
    return Outcome.DIFFERENT;
  }

  private enum Outcome {
    PRESENT,
    MISSING,
    DIFFERENT,
    UNANSWERED
  }
}
