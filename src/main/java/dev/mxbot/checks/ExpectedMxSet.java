package dev.mxbot.checks;

import dev.mxbot.core.MxEntry;
import dev.mxbot.providers.MxSet;
import dev.mxbot.providers.MxSetStatus;
import dev.mxbot.providers.Provider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The set to recommend to a customer of the home provider whose MX is not its current set. */
final class ExpectedMxSet {

  private ExpectedMxSet() {}

  /**
   * The provider's current set closest to what was found: the one whose hosts share the most parent
   * domains with the found hosts (so a Canadian customer is shown the Canadian set).
   */
  static Optional<MxSet> closest(Provider provider, List<MxEntry> mx) {
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
}
