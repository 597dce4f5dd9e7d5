package dev.mxbot.guides;

import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.core.Area;
import dev.mxbot.core.FindingCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code rules:} section of {@code guides.yaml}; every key it names must be a guide. */
final class GuideRulesReader {

  private GuideRulesReader() {}

  static GuideRules read(ConfigNode node, Map<String, Map<String, Guide>> guides) {
    node.requireKeys("primary", "areas", "codes", "zoneElsewhere");
    ConfigNode primary = node.at("primary").requireKeys("zoneAtHome", "zoneElsewhere");
    Map<Area, String> areas = new EnumMap<>(Area.class);
    node.at("areas")
        .asMap()
        .forEach((id, guide) -> areas.put(area(guide, id), guideKey(guide, guides)));
    for (Area area : Area.values()) {
      if (!areas.containsKey(area)) {
        throw node.at("areas")
            .at(area.id())
            .error("missing; expected the default guide of area " + area.id());
      }
    }
    Map<FindingCode, Optional<String>> codes = new EnumMap<>(FindingCode.class);
    node.at("codes")
        .asMap()
        .forEach(
            (code, guide) ->
                codes.put(
                    code(guide, code),
                    guide.isMissing() ? Optional.empty() : Optional.of(guideKey(guide, guides))));
    Map<String, String> elsewhere = new LinkedHashMap<>();
    node.at("zoneElsewhere")
        .asMap()
        .forEach((from, to) -> elsewhere.put(knownKey(to, from, guides), guideKey(to, guides)));
    return new GuideRules(
        guideKey(primary.at("zoneAtHome"), guides),
        guideKey(primary.at("zoneElsewhere"), guides),
        areas,
        codes,
        elsewhere);
  }

  private static String guideKey(ConfigNode node, Map<String, Map<String, Guide>> guides) {
    return knownKey(node, node.asText(), guides);
  }

  private static String knownKey(
      ConfigNode node, String key, Map<String, Map<String, Guide>> guides) {
    if (!guides.containsKey(key)) {
      throw node.error(
          "expected a guide key defined under guides ("
              + String.join(", ", guides.keySet())
              + "), got \""
              + key
              + "\"");
    }
    return key;
  }

  private static Area area(ConfigNode node, String id) {
    return Arrays.stream(Area.values())
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                node.error(
                    "unknown area; expected one of "
                        + String.join(", ", Arrays.stream(Area.values()).map(Area::id).toList())));
  }

  private static FindingCode code(ConfigNode node, String name) {
    return Arrays.stream(FindingCode.values())
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                node.error(
                    "unknown finding code; expected a code of the contract such as MX_HOME_OUTDATED"));
  }
}
