package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import dev.mxbot.providers.DkimProfile;
import dev.mxbot.providers.Provider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The domain's DKIM keys. Tries two sources of selectors: those the agent gave ({@code dkim=}) and
 * those the mail provider's DKIM profile lists ({@code bot-config/providers/}); asks {@code
 * <selector>._domainkey.<domain>} TXT for each, concurrently, following CNAMEs to the provider.
 *
 * <p>It also asks {@code _domainkey.<domain>} itself: NXDOMAIN there means no name exists below it,
 * so no key is published at all (RFC 8020); NODATA means something exists below it, under a
 * selector that was not tried. Skipped for a domain not known to exist and for a null MX domain
 * (which declares it handles no mail). What the answers mean is decided in {@link DkimFindings}.
 *
 * <p>The provider whose selectors are tried is the one the mail is going to: the nameservers' MX
 * while a change of it is spreading ({@link ChangeInProgress}); the keys are read through the
 * resolver, as receivers read them.
 */
final class DkimCheck implements Check {

  private final Lookups lookups;
  private final AliasChains chains;
  private final MailFacts mail;
  private final DomainPresence presence;
  private final ChangeInProgress change;

  DkimCheck(
      Lookups lookups,
      AliasChains chains,
      MailFacts mail,
      DomainPresence presence,
      ChangeInProgress change) {
    this.lookups = lookups;
    this.chains = chains;
    this.mail = mail;
    this.presence = presence;
    this.change = change;
  }

  @Override
  public Area area() {
    return Area.DKIM;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    askAgentSelectorsNow(context);
    askProviderSelectorsNow(context);
    return presence
        .known(context)
        .thenCombine(change.basis(context.shared()), (exists, basis) -> exists ? basis : null)
        .thenCompose(
            basis -> {
              // No mail sent (null MX) or only forwarded (redirection-only): no key to expect.
              if (basis == null || !expectsKeys(basis.mail())) {
                return CompletableFuture.completedFuture(null);
              }
              return check(context, selectors(context, basis.mail()), basis);
            });
  }

  private static boolean expectsKeys(MailSetup setup) {
    return setup.kind() != MailSetup.Kind.NULL_MX && setup.kind() != MailSetup.Kind.HOME_REDIRECT;
  }

  /**
   * Asks {@code _domainkey} and the selectors of the provider the resolver's MX names as soon as
   * the MX is known (an answered MX says the domain exists), rather than after the nameservers'
   * view: the report's memo hands the same answers to {@link #check}. Wasted only while an MX
   * change to another provider is spreading.
   */
  private void askProviderSelectorsNow(CheckContext context) {
    CheckContext shared = context.shared();
    mail.setup(shared)
        .thenAccept(
            setup -> {
              if (setup.kind() != MailSetup.Kind.UNANSWERED && expectsKeys(setup)) {
                lookups.resolve(shared, context.domain().child("_domainkey"), RecordType.TXT);
                for (String selector : selectors(context, setup)) {
                  lookups.resolve(shared, keyName(context, selector), RecordType.TXT);
                }
              }
            });
  }

  /**
   * Sends the questions that need no other answer — the agent's selectors and {@code _domainkey} —
   * at once, alongside the MX question, rather than after it: the report's memo hands the same
   * answers to {@link #check} when the mail set-up is known. For a domain that turns out not to
   * exist they are wasted, a few questions against one round trip saved for every other domain.
   */
  private void askAgentSelectorsNow(CheckContext context) {
    if (context.options().dkimSelectors().isEmpty()) {
      return;
    }
    CheckContext shared = context.shared();
    lookups.resolve(shared, context.domain().child("_domainkey"), RecordType.TXT);
    for (String selector : context.options().dkimSelectors()) {
      lookups.resolve(shared, keyName(context, selector.toLowerCase(Locale.ROOT)), RecordType.TXT);
    }
  }

  /** Where the key of {@code selector} (lower-case) is published: {@code <selector>._domainkey}. */
  private static String keyName(CheckContext context, String selector) {
    return context.domain().child(selector + "._domainkey");
  }

  /** The agent's selectors first, then the provider's, without repeats, lower-case. */
  static List<String> selectors(CheckContext context, MailSetup setup) {
    Set<String> selectors = new LinkedHashSet<>();
    context.options().dkimSelectors().forEach(s -> selectors.add(s.toLowerCase(Locale.ROOT)));
    setup
        .provider()
        .flatMap(Provider::dkim)
        .map(DkimProfile::selectors)
        .ifPresent(selectors::addAll);
    return List.copyOf(selectors);
  }

  /**
   * Judges every selector. The area is unchecked when a selector's question failed (and no broken
   * CNAME chain of the zone explains it), unless {@code _domainkey} does not exist at all (then
   * nothing below it does either, RFC 8020), or when no key was found and {@code _domainkey} itself
   * could not be asked.
   */
  private CompletableFuture<?> check(
      CheckContext context, List<String> selectors, AdviceBasis basis) {
    CheckContext shared = context.shared();
    CompletableFuture<DnsAnswer> base =
        lookups.resolve(shared, context.domain().child("_domainkey"), RecordType.TXT);
    List<CompletableFuture<ChainedAnswer>> keys = new ArrayList<>();
    for (String selector : selectors) {
      keys.add(chains.resolve(shared, keyName(context, selector), RecordType.TXT));
    }
    return CompletableFuture.allOf(keys.toArray(CompletableFuture[]::new))
        .thenCombine(
            base,
            (done, baseAnswer) -> {
              List<ChainedAnswer> answers = keys.stream().map(CompletableFuture::join).toList();
              List<Finding> findings =
                  DkimFindings.judge(context.domain().unicode(), selectors, answers, baseAnswer);
              // DKIM_UNKNOWN names the selectors tried: the provider's follow the new MX.
              findings.stream()
                  .map(f -> f.code() == FindingCode.DKIM_UNKNOWN ? basis.noted(f, "MX") : f)
                  .forEach(context::add);
              boolean noneBelow = baseAnswer.status() == DnsAnswer.Status.NXDOMAIN;
              boolean selectorFailed = answers.stream().anyMatch(ChainedAnswer::unanswered);
              // The provider's selectors come from the MX: unknown when it failed.
              boolean providerUnknown = basis.mail().kind() == MailSetup.Kind.UNANSWERED;
              if (!noneBelow
                  && (selectorFailed
                      || providerUnknown
                      || findings.isEmpty() && baseAnswer.isUnanswered())) {
                context.markUnchecked();
              }
              return null;
            });
  }
}
