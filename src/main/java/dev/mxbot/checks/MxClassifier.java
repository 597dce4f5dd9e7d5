package dev.mxbot.checks;

import dev.mxbot.core.MxEntry;
import dev.mxbot.providers.MxHostKind;
import dev.mxbot.providers.MxHostMatch;
import dev.mxbot.providers.MxSet;
import dev.mxbot.providers.MxSetStatus;
import dev.mxbot.providers.Provider;
import dev.mxbot.providers.ProviderCatalog;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an MX set against the provider catalog: which provider, and for the home provider whether
 * the set is current, outdated, legacy or redirection-only. Pure; safe for concurrent use.
 */
final class MxClassifier {

  private final ProviderCatalog catalog;

  @Inject
  MxClassifier(ProviderCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Classifies {@code mx}, found at {@code domainFqdn}. A target with the domain appended by a zone
   * editor ({@code mx1.mail.ovh.net.example.it.}) is read as the host the customer meant, so the
   * provider is still recognised; that error is reported by {@link MxTargetsCheck}.
   */
  MailSetup classify(List<MxEntry> mx, String domainFqdn) {
    return classify(mx.stream().map(e -> meant(e, domainFqdn)).toList());
  }

  private static MxEntry meant(MxEntry entry, String domainFqdn) {
    return MxTargetsCheck.appendedDomain(entry.host(), domainFqdn)
        ? new MxEntry(entry.preference(), MxTargetsCheck.intendedHost(entry.host(), domainFqdn))
        : entry;
  }

  MailSetup classify(List<MxEntry> mx) {
    if (mx.isEmpty()) {
      return MailSetup.of(MailSetup.Kind.NO_MX, mx);
    }
    if (mx.stream().anyMatch(entry -> entry.host().equals("."))) {
      boolean alone = mx.size() == 1 && mx.get(0).preference() == 0;
      return MailSetup.of(alone ? MailSetup.Kind.NULL_MX : MailSetup.Kind.NULL_MX_INVALID, mx);
    }
    Map<String, Provider> providers = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    Set<MxHostKind> homeKinds = new LinkedHashSet<>();
    for (MxEntry entry : mx) {
      Optional<MxHostMatch> match = catalog.mailHostOf(entry.host());
      if (match.isPresent()) {
        Provider provider = match.get().provider();
        providers.put(provider.id(), provider);
        names.add(provider.name());
        if (provider.home()) {
          homeKinds.add(match.get().kind());
        }
      } else {
        providers.put("?" + entry.host(), null);
        names.add(Hosts.relative(entry.host()));
      }
    }
    List<String> providerNames = new ArrayList<>(names);
    if (providers.size() > 1) {
      return new MailSetup(
          MailSetup.Kind.MIXED,
          mx,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          providerNames);
    }
    Provider provider = providers.values().iterator().next();
    if (provider == null) {
      return new MailSetup(
          MailSetup.Kind.UNRECOGNISED,
          mx,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          providerNames);
    }
    Optional<MxSet> matched = provider.matchingMxSet(mx);
    if (!provider.home()) {
      return new MailSetup(
          MailSetup.Kind.OTHER,
          mx,
          Optional.of(provider),
          matched,
          Optional.empty(),
          providerNames);
    }
    return new MailSetup(
        homeKind(homeKinds, matched),
        mx,
        Optional.of(provider),
        matched,
        expectedSet(provider, mx),
        providerNames);
  }

  /**
   * The provider's current set closest to what was found: the one whose hosts share the most parent
   * domains with the found hosts (so a Canadian customer is shown the Canadian set).
   */
  static Optional<MxSet> expectedSet(Provider provider, List<MxEntry> mx) {
    Set<String> foundParents = new LinkedHashSet<>();
    mx.forEach(entry -> foundParents.add(parent(entry.host())));
    MxSet best = null;
    long bestScore = -1;
    for (MxSet set : provider.mxSets()) {
      if (set.status() != MxSetStatus.CURRENT) {
        continue;
      }
      long score =
          set.records().stream()
              .map(r -> parent(r.host()))
              .distinct()
              .filter(foundParents::contains)
              .count();
      if (score > bestScore) {
        best = set;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String parent(String host) {
    String absolute = Hosts.absolute(host);
    int dot = absolute.indexOf('.');
    return dot < 0 ? absolute : absolute.substring(dot + 1);
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
