package dev.mxbot.checks;

import dev.mxbot.core.MxEntry;
import dev.mxbot.providers.MxHostKind;
import dev.mxbot.providers.MxSet;
import dev.mxbot.providers.MxSetStatus;
import dev.mxbot.providers.Provider;
import dev.mxbot.providers.ProviderCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an MX set against the provider catalog: which provider, and for the home provider whether
 * the set is current, outdated, legacy or redirection-only. Servers the catalog does not know are
 * grouped by registrable domain ({@link MxOperators}): several such operators are a mix only when
 * they share the lowest preference (a backup MX elsewhere is normal), while a recognised provider
 * beside anyone else is a mix at any preference. Pure; safe for concurrent use.
 */
final class MxClassifier {

  private final ProviderCatalog catalog;

  MxClassifier(ProviderCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Classifies {@code mx}, found at {@code domainFqdn}. A target with the domain appended by a zone
   * editor ({@code mx1.mail.ovh.net.example.it.}) is read as the host the customer meant, so the
   * provider is still recognised; that error is reported by {@link MxTargetsCheck}.
   */
  MailSetup classify(List<MxEntry> mx, String domainFqdn) {
    return classify(mx, domainFqdn, Map.of());
  }

  /**
   * The same, reading each target of {@code aliases} (an MX host as found → the end of its CNAME
   * chain) that leads to a provider's server as that server: {@code mail.example.it} aliased to
   * {@code mx1.mail.ovh.net} is OVHcloud's. That error is reported by {@link MxTargetsCheck}.
   */
  MailSetup classify(List<MxEntry> mx, String domainFqdn, Map<String, String> aliases) {
    return classify(mx.stream().map(e -> meant(e, domainFqdn)).toList(), aliases);
  }

  /**
   * The targets worth following through CNAMEs: those the catalog does not recognise as written (no
   * null MX, IP or target with the domain appended), each once.
   */
  List<String> unrecognisedTargets(List<MxEntry> mx, String domainFqdn) {
    return mx.stream()
        .map(MxEntry::host)
        .filter(host -> !host.equals(".") && !Hosts.isIpv4(host))
        .filter(host -> !MxTargetsCheck.appendedDomain(host, domainFqdn))
        .filter(host -> catalog.mailHostOf(host).isEmpty())
        .distinct()
        .toList();
  }

  private static MxEntry meant(MxEntry entry, String domainFqdn) {
    return MxTargetsCheck.appendedDomain(entry.host(), domainFqdn)
        ? new MxEntry(entry.preference(), MxTargetsCheck.intendedHost(entry.host(), domainFqdn))
        : entry;
  }

  MailSetup classify(List<MxEntry> mx) {
    return classify(mx, Map.of());
  }

  private MailSetup classify(List<MxEntry> mx, Map<String, String> aliases) {
    if (mx.isEmpty()) {
      return MailSetup.of(MailSetup.Kind.NO_MX, mx);
    }
    if (mx.stream().anyMatch(entry -> entry.host().equals("."))) {
      return nullMx(mx, aliases);
    }
    List<MxEntry> reached =
        mx.stream().map(e -> new MxEntry(e.preference(), reached(e.host(), aliases))).toList();
    MxOperators operators = MxOperators.of(reached, catalog);
    List<String> names = operators.names();
    if (operators.count() > 1
        && (operators.anyRecognised() || operators.sharePrimaryPreference())) {
      return new MailSetup(
          MailSetup.Kind.MIXED, mx, Optional.empty(), Optional.empty(), Optional.empty(), names);
    }
    Optional<Provider> single = operators.single();
    if (single.isEmpty()) {
      // Servers the catalog does not know, of one operator, or of several with backups only.
      return new MailSetup(
          MailSetup.Kind.UNRECOGNISED,
          mx,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          names);
    }
    Provider provider = single.get();
    Optional<MxSet> matched = provider.matchingMxSet(reached);
    if (!provider.home()) {
      return new MailSetup(MailSetup.Kind.OTHER, mx, single, matched, Optional.empty(), names);
    }
    return new MailSetup(
        homeKind(operators.homeKinds(), matched),
        mx,
        single,
        matched,
        ExpectedMxSet.closest(provider, reached),
        names);
  }

  /**
   * The host an MX target leads to: its alias target when that is a provider's server, else the
   * target as written (an alias to an unknown server is still grouped by the name the customer
   * chose, so {@code mx2.example.it} aliased to a hosting company stays with {@code mx1}).
   */
  private String reached(String host, Map<String, String> aliases) {
    String target = aliases.get(host);
    return target != null && catalog.mailHostOf(target).isPresent() ? target : host;
  }

  /**
   * A null MX: alone it says the domain takes no mail; beside other records it is invalid, and the
   * provider of those records still receives the mail.
   */
  private MailSetup nullMx(List<MxEntry> mx, Map<String, String> aliases) {
    if (mx.size() == 1 && mx.get(0).preference() == 0) {
      return MailSetup.of(MailSetup.Kind.NULL_MX, mx);
    }
    List<MxEntry> others = mx.stream().filter(entry -> !entry.host().equals(".")).toList();
    MailSetup rest = classify(others, aliases);
    return new MailSetup(
        MailSetup.Kind.NULL_MX_INVALID,
        mx,
        rest.provider(),
        Optional.empty(),
        Optional.empty(),
        rest.providerNames());
  }

  private static MailSetup.Kind homeKind(Set<MxHostKind> kinds, Optional<MxSet> matched) {
    if (kinds.equals(Set.of(MxHostKind.REDIRECT))) {
      return MailSetup.Kind.HOME_REDIRECT;
    }
    if (kinds.contains(MxHostKind.LEGACY)) {
      return MailSetup.Kind.HOME_LEGACY;
    }
    if (matched.isPresent() && matched.get().status() == MxSetStatus.CURRENT) {
      return MailSetup.Kind.HOME_CURRENT;
    }
    return MailSetup.Kind.HOME_OUTDATED;
  }
}
