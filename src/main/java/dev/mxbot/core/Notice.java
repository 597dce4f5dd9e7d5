package dev.mxbot.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something to tell the reader besides the report, e.g. that the language asked for is not
 * available. {@code key} is a message key; {@code params} its values (possibly user input: every
 * renderer escapes them).
 */
public record Notice(String key, Map<String, String> params) {

  public Notice {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * The note given when {@code asked} is not among the languages mxbot speaks and the answer comes
   * in {@code answering} (a language code, named in itself: "English", "italiano").
   */
  public static Notice unsupportedLanguage(String asked, String answering) {
    Locale language = Locale.forLanguageTag(answering);
    return new Notice(
        "note.lang_unsupported",
        Map.of("lang", asked, "default", language.getDisplayLanguage(language)));
  }
}
