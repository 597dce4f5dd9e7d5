package dev.mxbot.checks;

import dev.mxbot.core.MxEntry;
import dev.mxbot.providers.MxHostKind;
import dev.mxbot.providers.MxHostMatch;
import dev.mxbot.providers.Provider;
import dev.mxbot.providers.ProviderCatalog;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who runs the servers of an MX set: one operator per provider the catalog recognises, and one per
 * registrable domain it does not ({@code mx1.example.it} and {@code mx2.example.it} are one
 * operator, {@code example.it}; so are a gateway's {@code eu-smtp-inbound-1.mimecast.com} and
 * {@code eu-smtp-inbound-2.mimecast.com}). Operators are in order of their lowest preference.
 */
final class MxOperators {

  /**
   * One operator: its display name, the recognised provider when there is one, and the lowest
   * preference at which it appears.
   */
  record Operator(String name, Optional<Provider> provider, int preference) {}

  private final List<Operator> operators;
  private final Set<MxHostKind> homeKinds;

  private MxOperators(List<Operator> operators, Set<MxHostKind> homeKinds) {
    this.operators = List.copyOf(operators);
    this.homeKinds = Set.copyOf(homeKinds);
  }

  /** The operators of {@code mx} (no null MX in it), as the catalog knows them. */
  static MxOperators of(List<MxEntry> mx, ProviderCatalog catalog) {
    Map<String, Operator> byKey = new LinkedHashMap<>();
    Set<MxHostKind> homeKinds = new LinkedHashSet<>();
    List<MxEntry> sorted =
        mx.stream().sorted((a, b) -> Integer.compare(a.preference(), b.preference())).toList();
    for (MxEntry entry : sorted) {
      Optional<MxHostMatch> match = catalog.mailHostOf(entry.host());
      if (match.isPresent()) {
        Provider provider = match.get().provider();
        byKey.putIfAbsent(
            provider.id(),
            new Operator(provider.name(), Optional.of(provider), entry.preference()));
        if (provider.home()) {
          homeKinds.add(match.get().kind());
        }
      } else {
        String domain = Hosts.registrableDomain(entry.host());
        byKey.putIfAbsent("?" + domain, new Operator(domain, Optional.empty(), entry.preference()));
      }
    }
    return new MxOperators(List.copyOf(byKey.values()), homeKinds);
  }

  int count() {
    return operators.size();
  }

  /** The names of every operator, lowest preference first. */
  List<String> names() {
    return operators.stream().map(Operator::name).toList();
  }

  /** True when at least one operator is a provider of the catalog. */
  boolean anyRecognised() {
    return operators.stream().anyMatch(o -> o.provider().isPresent());
  }

  /**
   * True when more than one operator has a server at the set's lowest preference: senders then
   * spread mail across them. An operator only at a higher preference is a backup.
   */
  boolean sharePrimaryPreference() {
    int lowest = operators.get(0).preference();
    return operators.stream().filter(o -> o.preference() == lowest).count() > 1;
  }

  /** The only operator's provider, when there is exactly one operator and it is recognised. */
  Optional<Provider> single() {
    return operators.size() == 1 ? operators.get(0).provider() : Optional.empty();
  }

  /** The kinds of the home provider's hosts seen (mailbox, legacy, redirect). */
  Set<MxHostKind> homeKinds() {
    return homeKinds;
  }
}
