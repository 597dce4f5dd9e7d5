package dev.mxbot.guides;

import dev.mxbot.configfile.ConfigNode;
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
    languages = root.at("languages").asListOf(GuideReader::language);
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
    return new Contents(
        languages, guides, editPages, GuideRulesReader.read(root.at("rules"), guides));
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
