package dev.mxbot.guides;

import dev.mxbot.core.Area;
import dev.mxbot.core.FindingCode;
import java.util.Map;
import java.util.Optional;

/**
 * The rule data of {@code guides.yaml}: the primary guide depending on where the zone is, the
 * default guide of each area, per-code overrides ({@code Optional.empty()}: no guide) and the
 * guides replaced when the zone is not at the home provider.
 */
record GuideRules(
    String primaryAtHome,
    String primaryElsewhere,
    Map<Area, String> areas,
    Map<FindingCode, Optional<String>> codes,
    Map<String, String> elsewhere) {

  GuideRules {
    areas = Map.copyOf(areas);
    codes = Map.copyOf(codes);
    elsewhere = Map.copyOf(elsewhere);
  }

  /** The guide key for a finding code: override, else area default, then the zone switch. */
  Optional<String> keyFor(FindingCode code, boolean zoneAtHome) {
    Optional<String> key =
        codes.containsKey(code) ? codes.get(code) : Optional.of(areas.get(code.area()));
    return zoneAtHome ? key : key.map(k -> elsewhere.getOrDefault(k, k));
  }

  String primary(boolean zoneAtHome) {
    return zoneAtHome ? primaryAtHome : primaryElsewhere;
  }
}
