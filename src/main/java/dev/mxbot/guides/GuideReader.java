package dev.mxbot.guides;

import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.core.Area;
import dev.mxbot.core.FindingCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and validates {@code bot-config/guides.yaml}. */
final class GuideReader {

  /** The language every guide must have, used when the reader's language is missing. */
  static final String FALLBACK = "en";

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** What the file holds: guides and edit pages are keyed, then per language. */
  record Contents(
      List<String> languages,
      Map<String, Map<String, Guide>> guides,
      Map<String, Map<String, Guide>> editPages,
      GuideRules rules) {}

  private final ConfigNode root;
  private List<String> languages;

  private GuideReader(ConfigNode root) {
    this.root = root;
  }

  static Contents read(ConfigNode root) {
    return new GuideReader(root).contents();
  }

  private Contents contents() {
    root.requireKeys("languages", "urlTemplate", "guides", "rules", "dnsHostEditPages");
    languages = root.at("languages").asList().stream().map(GuideReader::language).toList();
    if (languages.stream().distinct().count() != languages.size()) {
      throw root.at("languages").error("expected each language once, got " + languages);
    }
    if (!languages.contains(FALLBACK)) {
      throw root.at("languages").error("expected a list of languages that includes " + FALLBACK);
    }
    String template = root.at("urlTemplate").asText();
    if (!template.startsWith("https://") || !template.contains("{path}")) {
      throw root.at("urlTemplate")
          .error("expected an https:// URL containing {path}, got \"" + template + "\"");
    }
    Map<String, Map<String, Guide>> guides = new LinkedHashMap<>();
    root.at("guides")
        .asMap()
        .forEach((key, node) -> guides.put(key(node, key), guide(key, node, template)));
    if (guides.isEmpty()) {
      throw root.at("guides").error("expected at least one guide");
    }
    Map<String, Map<String, Guide>> editPages = new LinkedHashMap<>();
    root.at("dnsHostEditPages")
        .asMap()
        .forEach((host, node) -> editPages.put(host, editPage(key(node, host), node)));
    return new Contents(languages, guides, editPages, rules(root.at("rules"), guides));
  }

  private Map<String, Guide> guide(String key, ConfigNode node, String template) {
    node.requireKeys("path", "url", "titles");
    if (node.at("path").isMissing() == node.at("url").isMissing()) {
      throw node.error("expected exactly one of path (with urlTemplate) or url");
    }
    Optional<String> path = node.at("path").asOptionalText();
    Optional<String> url =
        node.at("url").isMissing() ? Optional.empty() : Optional.of(https(node.at("url")));
    Map<String, Guide> byLanguage = new LinkedHashMap<>();
    titles(node)
        .forEach(
            (lang, title) ->
                byLanguage.put(
                    lang,
                    new Guide(
                        key,
                        title,
                        url.orElseGet(
                            () ->
                                template.replace("{lang}", lang).replace("{path}", path.get())))));
    return byLanguage;
  }

  private Map<String, Guide> editPage(String host, ConfigNode node) {
    node.requireKeys("url", "titles");
    String url = https(node.at("url"));
    Map<String, Guide> byLanguage = new LinkedHashMap<>();
    titles(node)
        .forEach((lang, title) -> byLanguage.put(lang, new Guide("dns-edit:" + host, title, url)));
    return byLanguage;
  }

  private Map<String, String> titles(ConfigNode node) {
    Map<String, String> titles = new LinkedHashMap<>();
    node.at("titles")
        .asMap()
        .forEach(
            (lang, title) -> {
              if (!languages.contains(lang)) {
                throw title.error(
                    "unknown language; expected one of " + String.join(", ", languages));
              }
              titles.put(lang, title.asText());
            });
    if (!titles.containsKey(FALLBACK)) {
      throw node.at("titles").error("expected a title in " + FALLBACK + " (the fallback language)");
    }
    return titles;
  }

  private static GuideRules rules(ConfigNode node, Map<String, Map<String, Guide>> guides) {
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

  private static String key(ConfigNode node, String key) {
    if (!KEY.matcher(key).matches()) {
      throw node.error("expected a key of lower-case letters, digits and dashes");
    }
    return key;
  }

  private static String language(ConfigNode node) {
    String lang = node.asText();
    if (!LANGUAGE.matcher(lang).matches()) {
      throw node.error("expected a two-letter language code such as en, got \"" + lang + "\"");
    }
    return lang;
  }

  private static String https(ConfigNode node) {
    String url = node.asText();
    if (!url.startsWith("https://") || url.contains(" ")) {
      throw node.error("expected an https:// URL, got \"" + url + "\"");
    }
    return url;
  }
}
