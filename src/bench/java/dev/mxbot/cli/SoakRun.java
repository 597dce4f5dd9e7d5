package dev.mxbot.cli;

import dev.mxbot.bench.BenchWorld;
import dev.mxbot.bench.Soak;
import dev.mxbot.bench.SoakTarget;
import dev.mxbot.chat.AccessPolicy;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.config.ConfigValues;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@code mxbot-bench soak}: the benchmark world, mxbot wired to it, and a mix of commands.
 * Half go through the {@link RequestPipeline} as chat commands do (sharing and reusing reports,
 * refusing bad input), half are fresh diagnoses that do every DNS query again.
 */
final class SoakRun {

  /** Sent in turn; {@code fresh } marks a diagnosis that bypasses the shared reports. */
  static final List<String> MIX =
      List.of(
          "ovh-customer.it",
          "fresh mx40.it",
          "spf10.it lang=it",
          "fresh signed.it",
          "share split-ns.it",
          "fresh ovh-customer.it",
          "mx40.it",
          "fresh spf10.it",
          "192.0.2.1",
          "fresh split-ns.it",
          "printer.local",
          "fresh signed.it");

  private static final String FRESH = "fresh ";

  private SoakRun() {}

  static int run(SoakCommand options, PrintWriter out) throws Exception {
    if (options.rate < 1 || options.every < 1) {
      throw new ConfigException("--rate and --every must be at least 1");
    }
    Duration perQuery = ConfigValues.duration(options.delay);
    Duration duration =
        options.seconds != null
            ? Duration.ofSeconds(options.seconds)
            : Duration.ofMinutes(options.minutes);
    Duration interval = Duration.ofSeconds(Math.min(options.every, duration.toSeconds()));
    try (BenchWorld world =
            BenchWorld.start(options.common.config.resolve("bench").resolve("zones"));
        Bootstrap app =
            Bootstrap.start(
                options.common,
                config ->
                    config
                        .withResolvers(List.of(world.resolver()))
                        .withAuthoritativePort(world.port())
                        .withAllowPrivateAddresses(true))) {
      world.delayAll(perQuery);
      RequestPipeline pipeline =
          app.get(Pipelines.class).create(new Platform("soak", AccessPolicy.OPEN, false, false));
      Diagnosis diagnosis = app.get(Diagnosis.class);
      SoakTarget target =
          text -> {
            if (text.startsWith(FRESH)) {
              String domain = text.substring(FRESH.length());
              return outcome(
                  diagnosis.diagnose(
                      domain,
                      DomainName.of(domain),
                      new CheckOptions(world.dkimSelectors(domain))));
            }
            Outcome outcome = pipeline.answer(Caller.console(), text, "en").get(0);
            if (outcome instanceof Outcome.Answered answered) {
              return outcome(answered.report());
            }
            if (outcome instanceof Outcome.Refused) {
              return SoakTarget.Outcome.REFUSED;
            }
            throw new IllegalStateException("soak: " + outcome.logVerdict());
          };
      int workers = Math.max(8, options.rate);
      Soak.Totals totals =
          new Soak(
                  new Soak.Settings(duration, interval, options.rate, workers, MIX),
                  target,
                  world::resetLogs,
                  out)
              .run();
      return totals.errors() == 0 && totals.shed() == 0 ? 0 : 1;
    }
  }

  private static SoakTarget.Outcome outcome(Report report) {
    boolean incomplete =
        report.dnsUnreachable()
            || report.findings().stream().anyMatch(f -> f.code() == FindingCode.DNS_TIMEOUT);
    return incomplete ? SoakTarget.Outcome.INCOMPLETE : SoakTarget.Outcome.ANSWERED;
  }
}
