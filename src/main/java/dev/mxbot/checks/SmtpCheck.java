package dev.mxbot.checks;

import dev.mxbot.checks.dane.TlsaMatch;
import dev.mxbot.checks.dane.TlsaRecord;
import dev.mxbot.checks.smtp.CertificateJudge;
import dev.mxbot.checks.smtp.SmtpOutcome;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a sending server meets at the MX hosts (issue 19), when {@code smtp.probe} is on: per host
 * probed ({@link SmtpProbes}), {@code SMTP_OK}, {@code SMTP_NO_STARTTLS}, {@code SMTP_CERT_INVALID}
 * (expired, untrusted or wrong name) or {@code SMTP_UNREACHABLE} (no address accepted a
 * conversation). A certificate matched by a secure DANE-EE TLSA record needs neither a trusted
 * chain nor the MX name nor a current date (RFC 7672 §3.1.1); one matched by DANE-TA needs no
 * trusted authority (§3.1.2).
 *
 * <p>Switched off ({@code smtp.probe: false}) the area says nothing and is not unchecked. When the
 * control host cannot be reached either, port 25 is blocked where mxbot runs: the area is unchecked
 * and {@code SMTP_NOT_CHECKED} says why, never blaming the customer.
 */
final class SmtpCheck implements Check {

  private final SmtpProbes probes;
  private final SmtpSettings settings;
  private final Lookups lookups;
  private final MailFacts mail;
  private final Clock clock;
  private final CertificateJudge judge;

  SmtpCheck(
      SmtpProbes probes, SmtpSettings settings, Lookups lookups, MailFacts mail, Clock clock) {
    this.probes = probes;
    this.settings = settings;
    this.lookups = lookups;
    this.mail = mail;
    this.clock = clock;
    this.judge = settings.probe() ? CertificateJudge.trusting(settings.extraCertificates()) : null;
  }

  @Override
  public Area area() {
    return Area.SMTP;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    if (!settings.probe()) {
      return CompletableFuture.completedFuture(null); // switched off: neither checked nor unchecked
    }
    return probes.probes(context).thenCompose(result -> judgeAll(context, result));
  }

  private CompletableFuture<?> judgeAll(CheckContext context, SmtpProbes.Probes result) {
    switch (result.state()) {
      case OFF -> {
        return CompletableFuture.completedFuture(null);
      }
      case MX_UNANSWERED -> {
        context.markUnchecked();
        return CompletableFuture.completedFuture(null);
      }
      case CONTROL_UNREACHABLE -> {
        context.markUnchecked();
        context.add(
            Finding.of(
                FindingCode.SMTP_NOT_CHECKED,
                "control",
                result.controlHost(),
                "port",
                Integer.toString(settings.port())));
        return CompletableFuture.completedFuture(null);
      }
      default -> {
        // probed: judged below
      }
    }
    return mail.mxAnswer(context.shared())
        .thenCompose(
            mx -> {
              Map<String, CompletableFuture<DnsAnswer>> tlsa = new LinkedHashMap<>();
              result
                  .hosts()
                  .keySet()
                  .forEach(host -> tlsa.put(host, DaneCheck.tlsa(lookups, context.shared(), host)));
              return CompletableFuture.allOf(tlsa.values().toArray(CompletableFuture[]::new))
                  .thenRun(
                      () ->
                          result
                              .hosts()
                              .forEach(
                                  (host, probe) ->
                                      judgeHost(
                                          context,
                                          probe,
                                          DaneCheck.secureUsable(mx, tlsa.get(host).join()))));
            });
  }

  private void judgeHost(CheckContext context, SmtpProbes.HostProbe probe, List<TlsaRecord> dane) {
    if (probe.state() == SmtpProbes.HostState.ADDRESSES_UNANSWERED || probe.late()) {
      context.markUnchecked();
      return;
    }
    if (probe.state() != SmtpProbes.HostState.PROBED) {
      return; // no address, or only special-purpose ones: the MX check says so
    }
    Optional<SmtpOutcome> decisive = probe.decisive();
    if (decisive.isEmpty()) {
      List<SmtpOutcome> tried = probe.outcomes();
      String reason = ((SmtpOutcome.Unreachable) tried.get(tried.size() - 1)).reason();
      context.add(
          Finding.of(
              FindingCode.SMTP_UNREACHABLE,
              "host",
              probe.host(),
              "addresses",
              String.join(", ", tried.stream().map(SmtpOutcome::address).toList()),
              "port",
              Integer.toString(settings.port()),
              "reasonKey",
              "smtp.unreachable." + reason));
      return;
    }
    if (decisive.get() instanceof SmtpOutcome.NoTls noTls) {
      context.add(
          Finding.of(
              FindingCode.SMTP_NO_STARTTLS,
              "host",
              probe.host(),
              "address",
              noTls.address(),
              "reasonKey",
              "smtp.notls." + noTls.reason()));
      return;
    }
    SmtpOutcome.Tls tls = (SmtpOutcome.Tls) decisive.get();
    Optional<CertificateJudge.Problem> problem = problem(probe.host(), tls, dane);
    if (problem.isPresent()) {
      context.add(
          Finding.of(
              FindingCode.SMTP_CERT_INVALID,
              "host",
              probe.host(),
              "address",
              tls.address(),
              "reasonKey",
              "smtp.cert." + problem.get().id()));
      return;
    }
    context.add(
        Finding.of(
            FindingCode.SMTP_OK,
            "host",
            probe.host(),
            "address",
            tls.address(),
            "protocol",
            tls.protocol()));
  }

  /**
   * The certificate's problem for a sender: none when a DANE-EE record matches; with a DANE-TA
   * match the chain needs no trusted authority; otherwise the PKIX judgement.
   */
  private Optional<CertificateJudge.Problem> problem(
      String host, SmtpOutcome.Tls tls, List<TlsaRecord> dane) {
    boolean eeMatch =
        dane.stream().anyMatch(r -> r.usage() == 3 && TlsaMatch.matches(r, tls.chain()));
    if (eeMatch) {
      return Optional.empty();
    }
    Optional<CertificateJudge.Problem> pkix = judge.judge(tls.chain(), host, clock.instant());
    boolean taMatch =
        dane.stream().anyMatch(r -> r.usage() == 2 && TlsaMatch.matches(r, tls.chain()));
    if (taMatch && pkix.equals(Optional.of(CertificateJudge.Problem.UNTRUSTED))) {
      return CertificateJudge.names(tls.chain().get(0), host)
          ? Optional.empty()
          : Optional.of(CertificateJudge.Problem.WRONG_NAME);
    }
    return pkix;
  }
}
