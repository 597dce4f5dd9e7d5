package dev.mxbot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The message bundles as the build turns them into classes (src/build/BundleClasses.java): the same
 * texts as the {@code .properties} files they are written in, and the classes are what {@link
 * Messages} reads.
 */
@DisplayName("message bundles as classes")
class BundleClassesTest {

  static final java.util.List<String> LANGUAGES = Messages.LANGUAGES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("LANGUAGES")
  @DisplayName(
      "each class holds exactly its file's texts, accents, quotes and line breaks included")
  void sameTexts(String lang) throws Exception {
    Properties file = new Properties();
    try (Reader reader =
        new InputStreamReader(
            Messages.class.getResourceAsStream("messages_" + lang + ".properties"),
            StandardCharsets.UTF_8)) {
      file.load(reader);
    }
    ResourceBundle bundle =
        (ResourceBundle)
            Class.forName("dev.mxbot.i18n.messages_" + lang).getDeclaredConstructor().newInstance();

    Map<String, String> texts = new HashMap<>();
    for (String key : bundle.keySet()) {
      texts.put(key, bundle.getString(key));
    }
    Map<String, String> written = new HashMap<>();
    file.stringPropertyNames().forEach(key -> written.put(key, file.getProperty(key)));
    assertThat(texts).isEqualTo(written).isNotEmpty();
  }

  @Test
  @DisplayName("the root bundle is empty, so looking a language up never misses")
  void emptyRoot() throws Exception {
    ResourceBundle root =
        (ResourceBundle)
            Class.forName("dev.mxbot.i18n.messages").getDeclaredConstructor().newInstance();

    assertThat(root.keySet()).isEmpty();
  }

  @Test
  @DisplayName("Messages reads the classes, and their texts")
  void messagesReadsClasses() {
    ResourceBundle italian =
        ResourceBundle.getBundle(
            "dev.mxbot.i18n.messages",
            Locale.ITALIAN,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));

    assertThat(italian).isInstanceOf(ListResourceBundle.class);
    assertThat(italian.getClass().getName()).isEqualTo("dev.mxbot.i18n.messages_it");
    assertThat(Messages.of("it").get("area.domain")).isEqualTo(italian.getString("area.domain"));
  }
}
