package dev.mxbot.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user-facing texts of one language, written in {@code
 * dev/mxbot/i18n/messages_<lang>.properties} (UTF-8). The build turns each into a class, {@code
 * messages_<lang>}, which is what is read (from the launcher's class cache, not the jar); a class
 * missing (a build that skipped the step) falls back to the file. A key missing in the language
 * falls back to English, then to the key itself. Texts take named placeholders, {@code {name}},
 * replaced by the given values; apostrophes are literal. Immutable; safe for concurrent use.
 */
public final class Messages {

  /** The languages mxbot ships texts for. */
  public static final java.util.List<String> LANGUAGES =
      java.util.List.of("en", "it", "fr", "de", "es", "pl", "pt");

  private static final String BASE = "dev.mxbot.i18n.messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private final String lang;
  private final ResourceBundle bundle;
  private final ResourceBundle english;

  private Messages(String lang, ResourceBundle bundle, ResourceBundle english) {
    this.lang = lang;
    this.bundle = bundle;
    this.english = english;
  }

  /** The texts of {@code lang} (an ISO 639-1 code); unknown languages get English. */
  public static Messages of(String lang) {
    String normalised = normalise(lang);
    ResourceBundle english = ResourceBundle.getBundle(BASE, Locale.ENGLISH, NO_FALLBACK);
    return new Messages(normalised, bundleOr(normalised, english), english);
  }

  private static ResourceBundle bundleOr(String lang, ResourceBundle english) {
    if (lang.equals("en")) {
      return english;
    }
    try {
      return ResourceBundle.getBundle(BASE, Locale.forLanguageTag(lang), NO_FALLBACK);
    } catch (MissingResourceException notShipped) {
      return english;
    }
  }

  /** {@code "pt-BR"} → {@code "pt"}; anything not shipped → {@code "en"}. */
  public static String normalise(String lang) {
    if (lang == null) {
      return "en";
    }
    String primary = lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return LANGUAGES.contains(primary) ? primary : "en";
  }

  public String lang() {
    return lang;
  }

  public boolean has(String key) {
    return bundle.containsKey(key) || english.containsKey(key);
  }

  public String get(String key) {
    return get(key, Map.of());
  }

  /** The text of {@code key} with its placeholders replaced by {@code params}. */
  public String get(String key, Map<String, String> params) {
    String template = lookup(key);
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = params.get(matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String lookup(String key) {
    for (ResourceBundle candidate : new ResourceBundle[] {bundle, english}) {
      try {
        return candidate.getString(key);
      } catch (MissingResourceException missing) {
        // try the next one
      }
    }
    return key;
  }
}
