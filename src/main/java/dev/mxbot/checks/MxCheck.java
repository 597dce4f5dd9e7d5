package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.dns.DnsAnswer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The domain's MX set: is there one, is it a null MX, and whose servers does it name — the home
 * provider's current, outdated, legacy or redirection-only set, another provider, or a mix.
 */
final class MxCheck implements Check {

  private final MailFacts mail;
  private final ImplicitMx implicitMx;
  private final ChangeInProgress change;

  MxCheck(MailFacts mail, ImplicitMx implicitMx, ChangeInProgress change) {
    this.mail = mail;
    this.implicitMx = implicitMx;
    this.change = change;
  }

  @Override
  public Area area() {
    return Area.MX;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    CompletableFuture<?> found =
        mail.mxAnswer(context)
            .thenCombine(mail.setup(context), (answer, setup) -> report(context, answer, setup))
            .thenCompose(next -> next);
    return CompletableFuture.allOf(found, change.basis(context).thenAccept(b -> named(context, b)));
  }

  /**
   * The mail provider the report names: where the mail is going, so the nameservers' MX while a
   * change of it is spreading ({@link ChangeInProgress}); the MX findings above stay on the
   * resolver's, where senders deliver today.
   */
  private static void named(CheckContext context, AdviceBasis basis) {
    MailSetup setup = basis.mail();
    if (setup.provider().isPresent()) {
      context.mailProvider(setup.provider().get().toRef().withVariant(variant(setup.kind())));
    }
  }

  private CompletableFuture<?> report(CheckContext context, DnsAnswer answer, MailSetup setup) {
    if (answer.isNegative()) {
      context.updateRecords(r -> new ReportRecords(r.ns(), List.of(), r.spf(), r.dmarc()));
    }
    if (answer.status() == DnsAnswer.Status.NODATA) {
      return implicitMx.check(context, answer);
    }
    if (!answer.isOk()) {
      return CompletableFuture.completedFuture(null);
    }
    List<MxEntry> mx = MailFacts.entries(answer);
    context.updateRecords(r -> new ReportRecords(r.ns(), mx, r.spf(), r.dmarc()));
    if (mx.equals(setup.mx())) {
      // Otherwise a target had the domain appended: that error says it all.
      providerFinding(setup).map(f -> CacheTtl.of(f, answer)).ifPresent(context::add);
    }
    return CompletableFuture.completedFuture(null);
  }

  private static Optional<Finding> providerFinding(MailSetup setup) {
    String found = MxFormat.list(setup.mx());
    String expected = setup.expectedSet().map(set -> MxFormat.list(set.records())).orElse("");
    String provider = setup.provider().map(p -> p.name()).orElse("");
    Finding finding =
        switch (setup.kind()) {
          case NULL_MX -> Finding.of(FindingCode.MX_NULL);
          case NULL_MX_INVALID -> Finding.of(FindingCode.MX_NULL_WITH_OTHERS, "found", found);
          case HOME_CURRENT ->
              Finding.of(FindingCode.MX_HOME_CURRENT, "found", found, "provider", provider);
          case HOME_OUTDATED ->
              Finding.of(
                  FindingCode.MX_HOME_OUTDATED,
                  "found",
                  found,
                  "expected",
                  expected,
                  "provider",
                  provider);
          case HOME_LEGACY ->
              Finding.of(
                  FindingCode.MX_HOME_LEGACY,
                  "found",
                  found,
                  "expected",
                  expected,
                  "provider",
                  provider);
          case HOME_REDIRECT ->
              Finding.of(FindingCode.MX_HOME_REDIRECT_ONLY, "found", found, "provider", provider);
          case OTHER ->
              Finding.of(FindingCode.MX_OTHER_PROVIDER, "found", found, "provider", provider);
          case UNRECOGNISED ->
              Finding.of(
                  FindingCode.MX_OTHER_PROVIDER,
                  "found",
                  found,
                  "provider",
                  String.join(", ", setup.providerNames()));
          case MIXED ->
              Finding.of(
                  FindingCode.MX_MIXED_PROVIDERS,
                  "found",
                  found,
                  "providers",
                  String.join(", ", setup.providerNames()));
          case NO_MX, UNANSWERED -> null;
        };
    return Optional.ofNullable(finding);
  }

  private static String variant(MailSetup.Kind kind) {
    return switch (kind) {
      case HOME_CURRENT -> "current";
      case HOME_OUTDATED -> "outdated";
      case HOME_LEGACY -> "legacy";
      case HOME_REDIRECT -> "redirect";
      default -> null;
    };
  }
}
