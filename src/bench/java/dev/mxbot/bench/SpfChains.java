package dev.mxbot.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The longest chain of dependent questions an SPF evaluation asks: the record's TXT, then for each
 * term the include's or redirect's record (recursively), an {@code a} or {@code exists} target's A,
 * an {@code mx} target's MX. Loops stop at a name already on the path. Pure function.
 */
final class SpfChains {

  private final ZoneData data;

  SpfChains(ZoneData data) {
    this.data = data;
  }

  DependencyDepth.Chain longest(String domain) {
    return longest(ZoneData.lower(domain), new HashSet<>());
  }

  private DependencyDepth.Chain longest(String domain, Set<String> path) {
    ZoneData.Lookup txt = data.lookup(domain, "TXT");
    DependencyDepth.Chain here = new DependencyDepth.Chain(txt.rounds(), "TXT " + domain);
    String record =
        txt.data().stream().filter(t -> t.startsWith("v=spf1")).findFirst().orElse(null);
    if (record == null || !path.add(domain)) {
      return here;
    }
    DependencyDepth.Chain slowest = new DependencyDepth.Chain(0, "");
    for (String term : record.split("\\s+")) {
      DependencyDepth.Chain next =
          term(stripQualifier(term.toLowerCase(Locale.ROOT)), domain, path);
      if (next.rounds() > slowest.rounds()) {
        slowest = next;
      }
    }
    path.remove(domain);
    return DependencyDepth.then(here, slowest);
  }

  private DependencyDepth.Chain term(String term, String domain, Set<String> path) {
    if (term.startsWith("include:")) {
      return longest(ZoneData.lower(term.substring(8)), path);
    }
    if (term.startsWith("redirect=")) {
      return longest(ZoneData.lower(term.substring(9)), path);
    }
    String name = term.split("[:/]")[0];
    String type =
        switch (name) {
          case "a", "exists" -> "A";
          case "mx" -> "MX";
          default -> null;
        };
    if (type == null) {
      return new DependencyDepth.Chain(0, "");
    }
    String target = term.contains(":") ? term.substring(term.indexOf(':') + 1) : domain;
    target = ZoneData.lower(target.split("/")[0]);
    return new DependencyDepth.Chain(data.lookup(target, type).rounds(), type + " " + target);
  }

  private static String stripQualifier(String term) {
    return !term.isEmpty() && "+-~?".indexOf(term.charAt(0)) >= 0 ? term.substring(1) : term;
  }
}
