package dev.mxbot.checks;

import dev.mxbot.core.Check;
import dev.mxbot.dns.Dns;
import dev.mxbot.providers.ProviderCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every check of the diagnosis, in the order the report lists their areas, and the facts they
 * share, built with {@code new}: the one list of checks. {@link ChecksModule} binds this set for
 * the injector, and a one-shot {@code check} builds it without one.
 *
 * <p>Written by hand because Guice's own start-up is a quarter of a cold {@code check}: an injector
 * with a single binding costs about 40 ms on a cold JVM, whatever it binds. The facts are stateless
 * views on the per-report memos ({@code CheckContext}), so each is built once and shared; the SMTP
 * probes and the MTA-STS fetcher hold the caches and threads that DANE and SMTP, or every report,
 * share.
 */
public final class StandardChecks {

  private StandardChecks() {}

  /**
   * The checks on {@code dns}. {@code signatureExpiryWarning}: how soon before the zone's DNSSEC
   * signatures expire the DNSSEC check warns; {@code mtaSts} and {@code smtp}: the MTA-STS fetch
   * and the SMTP probe ({@link MtaStsSettings#DEFAULTS}, {@link SmtpSettings#OFF} unless
   * configured).
   */
  public static Set<Check> create(
      Dns dns,
      ProviderCatalog catalog,
      Clock clock,
      Duration signatureExpiryWarning,
      MtaStsSettings mtaSts,
      SmtpSettings smtp) {
    Lookups lookups = new Lookups(dns);
    MailFacts mail = new MailFacts(lookups, new MxClassifier(catalog));
    ZoneFacts zones = new ZoneFacts(lookups);
    NameserverFacts nameservers = new NameserverFacts(lookups, zones);
    ChangeInProgress change = new ChangeInProgress(nameservers, mail, lookups);
    AliasChains chains = new AliasChains(lookups);
    DomainPresence presence = new DomainPresence(lookups, mail);
    DmarcFacts dmarc = new DmarcFacts(chains);
    DnssecFacts dnssec = new DnssecFacts(lookups, mail);
    SmtpProbes probes = new SmtpProbes(smtp, lookups, mail, catalog, clock);
    List<Check> checks =
        List.of(
            new DomainCheck(mail, dnssec, lookups),
            new ZoneHostCheck(zones, catalog),
            new MxCheck(mail, new ImplicitMx(lookups), change),
            new MxTargetsCheck(mail, chains),
            new SpfCheck(lookups, change, new SpfEvaluator(lookups, chains)),
            new DmarcCheck(chains, presence),
            new DmarcReportCheck(lookups, presence, dmarc),
            new DkimCheck(lookups, chains, mail, presence, change),
            new TlsRptCheck(lookups, presence, mail),
            new BimiCheck(lookups, presence, dmarc),
            new AutoconfigCheck(lookups, mail, change),
            new NameserverSetCheck(zones, catalog),
            new LameDelegationCheck(nameservers),
            new NameserverTransportCheck(nameservers, zones, lookups),
            new ParentDelegationCheck(zones, nameservers, lookups),
            new ZoneConsistencyCheck(nameservers),
            new PropagationCheck(
                nameservers, mail, lookups, change, new NegativeCache(lookups), clock),
            new DnssecCheck(zones, lookups, mail, dnssec, clock, signatureExpiryWarning),
            new MtaStsCheck(lookups, mail, presence, new PolicyFetcher(mtaSts)),
            new DaneCheck(lookups, mail, probes),
            new SmtpCheck(probes, smtp, lookups, mail, clock));
    return Collections.unmodifiableSet(new LinkedHashSet<>(checks));
  }
}
