package dev.mxbot.checks;

import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The domain's SPF record: present, unique, and authorising the mail provider the MX points to. */
final class SpfCheck implements Check {

  static final String VERSION = "v=spf1";

  private final Lookups lookups;
  private final MailFacts mail;
  private final SpfIncludeSearch includes;

  @Inject
  SpfCheck(Lookups lookups, MailFacts mail, SpfIncludeSearch includes) {
    this.lookups = lookups;
    this.mail = mail;
    this.includes = includes;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<DnsAnswer> txt =
        lookups.resolve(context, context.domain().fqdn(), RecordType.TXT);
    return txt.thenCompose(answer -> report(context, answer));
  }

  private CompletableFuture<?> report(CheckContext context, DnsAnswer answer) {
    if (answer.isUnanswered() || answer.status() == DnsAnswer.Status.NXDOMAIN) {
      return CompletableFuture.completedFuture(null);
    }
    List<String> spf = TxtRecords.withVersion(answer, VERSION);
    context.updateRecords(r -> new ReportRecords(r.ns(), r.mx(), spf, r.dmarc()));
    String domain = context.domain().unicode();
    if (spf.isEmpty()) {
      return mail.setup(context)
          .thenAccept(
              setup ->
                  context.add(
                      Finding.of(
                          FindingCode.SPF_NONE, "domain", domain, "suggested", suggestion(setup))));
    }
    if (spf.size() > 1) {
      context.add(
          Finding.of(
              FindingCode.SPF_MULTIPLE,
              "count",
              String.valueOf(spf.size()),
              "records",
              quoted(spf)));
      return CompletableFuture.completedFuture(null);
    }
    context.add(Finding.of(FindingCode.SPF_VALID, "record", spf.get(0)));
    return mail.setup(context).thenCompose(setup -> checkProvider(context, setup, spf.get(0)));
  }

  private CompletableFuture<?> checkProvider(CheckContext context, MailSetup setup, String record) {
    if (!setup.hasMailbox() || setup.provider().get().spfIncludes().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    List<String> expected = setup.provider().get().spfIncludes();
    return includes
        .authorises(context, record, expected)
        .thenAccept(
            found -> {
              if (!found) {
                context.add(
                    Finding.of(
                        FindingCode.SPF_MISSING_PROVIDER_INCLUDE,
                        "provider",
                        setup.provider().get().name(),
                        "include",
                        "include:" + expected.get(0),
                        "record",
                        record));
              }
            });
  }

  private static String suggestion(MailSetup setup) {
    if (setup.kind() == MailSetup.Kind.NULL_MX) {
      return "v=spf1 -all";
    }
    return setup
        .provider()
        .filter(p -> !p.spfIncludes().isEmpty())
        .map(p -> "v=spf1 include:" + p.spfIncludes().get(0) + " ~all")
        .orElse("v=spf1 mx ~all");
  }

  private static String quoted(List<String> records) {
    return String.join(" | ", records);
  }
}
